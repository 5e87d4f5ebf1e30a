import { describe, expect, it } from 'vitest';
import { toDate } from '../src/index.js';

// toDate reads FileCloud's `modifiediso` (an offset without a colon) and falls back to the epoch fields.
describe('filecloud toDate', () => {
  it.each([
    ['2018-01-31T13:12:21+0000', '2018-01-31T13:12:21.000Z'],
    ['2026-12-03T14:22:26+0530', '2026-12-03T08:52:26.000Z'],
    ['2018-01-31T13:12:21-0800', '2018-01-31T21:12:21.000Z'],
    [' 2018-01-31T13:12:21+0000 ', '2018-01-31T13:12:21.000Z'],
    ['2018-01-31T13:12:21+00:00', '2018-01-31T13:12:21.000Z'],
    ['2018-01-31T13:12:21Z', '2018-01-31T13:12:21.000Z'],
  ])('reads %j as %s', (iso, expected) => {
    expect(toDate(iso)?.toISOString()).toBe(expected);
  });

  it('falls back to the epoch seconds when the ISO text is absent, empty or not a date', () => {
    for (const iso of [undefined, '', '   ', 'not a date', '+0000', '2018-01-31T13:12:21+00x0']) {
      expect(toDate(iso, '', '1517404341')?.toISOString(), String(iso)).toBe('2018-01-31T13:12:21.000Z');
    }
    expect(toDate(undefined, '0', 'x')).toBeUndefined();
  });
});
