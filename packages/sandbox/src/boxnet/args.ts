// soap's server hands rpc/encoded arguments over as it parsed them: `"x"`, `{ attributes, $value: "x" }`, or for
// arrays `{ attributes, item: [...] | {...} }` (one item is not an array). These helpers flatten that.

type Raw = unknown;

function isRecord(value: Raw): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of a scalar argument; '' when absent or nil. */
export function text(value: Raw): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRecord(value)) {
    if ('$value' in value) return text(value.$value);
    return '';
  }
  return '';
}

/** An integer argument, or undefined when it is not one. */
export function integer(value: Raw): number | undefined {
  const t = text(value).trim();
  if (!/^-?\d+$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : undefined;
}

export function bool(value: Raw): boolean {
  const t = text(value).trim();
  return t === 'true' || t === '1';
}

/** The strings of an encoded array argument, whatever its item names. */
export function strings(value: Raw): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v));
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (isRecord(value)) {
    if ('$value' in value) return strings(value.$value);
    return Object.entries(value)
      .filter(([key]) => key !== 'attributes')
      .flatMap(([, v]) => strings(v));
  }
  return [String(value)];
}

/** The xsi:type an argument was sent with, if any. */
export function xsiType(value: Raw): string | undefined {
  if (!isRecord(value) || !isRecord(value.attributes)) return undefined;
  const type = value.attributes['xsi:type'];
  return typeof type === 'string' ? type : undefined;
}
