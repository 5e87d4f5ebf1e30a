import { isFileClientError } from '@fileclients/core';
import fc from 'fast-check';
import type { SecretScan } from './secret-scan.js';

/** One response decoder of a provider, with recorded responses to mutate. */
export interface DecoderTarget {
  readonly name: string;
  /** Recorded (or hand-written) valid responses; mutations start from these. */
  readonly fixtures: readonly string[];
  /** Decodes one response body; may be async (a client call over an injected fetch). */
  decode(body: string): unknown;
}

export interface FuzzReport {
  cases: number;
  untyped_throws: number;
  hangs: number;
  /** Not in the JSON contract: the first few offending inputs, for the human report. */
  readonly problems: string[];
}

export interface FuzzOptions {
  /** Total cases for the provider, spread over its decoders. */
  readonly cases: number;
  readonly seed: number;
  /** A decode slower than this counts as a hang. */
  readonly hangMs: number;
  readonly scan: SecretScan;
}

const HTML_PAGE =
  '<!DOCTYPE html><html><head><title>Login</title></head><body><form action="/login"><input name="password"></form></body></html>';
const HUGE_NUMBERS = ['99999999999999999999999999', '1e309', '-1', 'NaN', '9007199254740993', '-0', '0x1F', '1.5e-400'];

/** Mutations of a recorded response: the failures real servers and broken proxies produce. */
function mutated(fixtures: readonly string[]): fc.Arbitrary<string> {
  const fixture = fc.constantFrom(...fixtures);
  return fc.oneof(
    // truncated anywhere
    fc
      .tuple(fixture, fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([f, at]) => f.slice(0, Math.floor(f.length * at))),
    // bytes flipped
    fc
      .tuple(
        fixture,
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 0xffff })), {
          minLength: 1,
          maxLength: 8,
        }),
      )
      .map(([f, flips]) => {
        const chars = [...f];
        for (const [at, code] of flips)
          chars[Math.floor(at * Math.max(0, chars.length - 1))] = String.fromCharCode(code);
        return chars.join('');
      }),
    // an HTML page, whole or spliced in
    fc.constant(HTML_PAGE),
    fc.tuple(fixture, fc.double({ min: 0, max: 1, noNaN: true })).map(([f, at]) => {
      const cut = Math.floor(f.length * at);
      return f.slice(0, cut) + HTML_PAGE + f.slice(cut);
    }),
    // numbers replaced by huge, negative or malformed ones
    fc.tuple(fixture, fc.constantFrom(...HUGE_NUMBERS)).map(([f, n]) => f.replace(/\d+/g, n)),
    // text values replaced by other types (XML text nodes, JSON strings)
    fc
      .tuple(fixture, fc.constantFrom('', 'true', 'null', '[]', '{}', '<x/>', '&amp;', '&#0;', '\u0000', '"', ' '))
      .map(([f, value]) => f.replace(/>([^<]+)</g, `>${value}<`).replace(/:\s*"[^"]*"/g, `: ${value || '""'}`)),
    // tags or keys renamed, so required fields go missing
    fc.tuple(fixture, fc.string({ maxLength: 6 })).map(([f, s]) => f.replace(/<(\/?)([A-Za-z_:]+)/, `<$1$2${s}`)),
    // deep nesting
    fc
      .tuple(fixture, fc.integer({ min: 50, max: 5000 }))
      .map(([f, depth]) =>
        f.startsWith('{') || f.startsWith('[')
          ? `${'['.repeat(depth)}${f}${']'.repeat(depth)}`
          : `${'<a>'.repeat(depth)}${f}${'</a>'.repeat(depth)}`,
      ),
    // entity tricks (billion laughs, external entities)
    fixture.map(
      (f) =>
        `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]>${f.replace(/^<\?xml[^>]*\?>/, '').replace(/>([^<]+)</, '>&b;&x;<')}`,
    ),
    // repeated content (duplicate elements or keys)
    fixture.map((f) => f + f),
  );
}

/** Fresh inputs that have nothing to do with the fixtures. */
const generated: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json({ maxDepth: 4 }),
  fc.constant(''),
  fc.constant('<?xml version="1.0"?>'),
  fc.constant('null'),
);

function inputs(fixtures: readonly string[]): fc.Arbitrary<string> {
  return fixtures.length > 0
    ? fc.oneof({ arbitrary: mutated(fixtures), weight: 4 }, { arbitrary: generated, weight: 1 })
    : generated;
}

/**
 * Feeds each decoder generated and mutated responses; anything thrown that is not a FileClientError, and any
 * decode slower than `hangMs`, is a finding. Every error's text goes to the secret scan.
 */
export async function fuzzDecoders(decoders: readonly DecoderTarget[], options: FuzzOptions): Promise<FuzzReport> {
  const report: FuzzReport = { cases: 0, untyped_throws: 0, hangs: 0, problems: [] };
  if (decoders.length === 0) return report;
  const perDecoder = Math.ceil(options.cases / decoders.length);
  const batch = 500;
  for (const [index, decoder] of decoders.entries()) {
    const arbitrary = inputs(decoder.fixtures);
    for (let done = 0; done < perDecoder; done += batch) {
      const count = Math.min(batch, perDecoder - done);
      const samples = fc.sample(arbitrary, { numRuns: count, seed: options.seed + index * 7919 + done });
      for (const body of samples) {
        report.cases++;
        await runCase(decoder, body, options, report);
      }
    }
  }
  return report;
}

async function runCase(decoder: DecoderTarget, body: string, options: FuzzOptions, report: FuzzReport): Promise<void> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const result = decoder.decode(body);
    if (result instanceof Promise) {
      const hang = new Promise<'hang'>((resolve) => {
        timer = setTimeout(() => resolve('hang'), options.hangMs);
      });
      const settled = await Promise.race([result.then(() => 'done' as const), hang]);
      if (settled === 'hang') {
        report.hangs++;
        note(report, decoder, body, 'no result (hang)');
        return;
      }
    }
  } catch (error) {
    options.scan.addError(error);
    if (!isFileClientError(error)) {
      report.untyped_throws++;
      note(
        report,
        decoder,
        body,
        error instanceof Error ? `${error.name}: ${error.message}` : `threw ${String(error)}`,
      );
    }
  } finally {
    clearTimeout(timer);
  }
  // A synchronous decoder cannot be interrupted; one that takes this long on a small input is a hang in waiting.
  if (performance.now() - started > options.hangMs) {
    report.hangs++;
    note(report, decoder, body, `took ${Math.round(performance.now() - started)} ms`);
  }
}

function note(report: FuzzReport, decoder: DecoderTarget, body: string, what: string): void {
  if (report.problems.length < 10)
    report.problems.push(`${decoder.name}: ${what} on ${JSON.stringify(body.slice(0, 120))}`);
}
