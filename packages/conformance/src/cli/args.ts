import { PROVIDERS } from '../providers/index.js';
import type { ProviderAdapter } from '../providers/types.js';

export interface CliArgs {
  readonly json: boolean;
  readonly real: boolean;
  readonly help: boolean;
  readonly providers: readonly ProviderAdapter[];
  /** `--name=value` options. */
  readonly values: ReadonlyMap<string, string>;
}

/** Parses `[--json] [--real] [--key=value…] [provider…]`; unknown providers are an error that lists the known ones. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const named: string[] = [];
  for (const arg of argv) {
    if (arg === '--') continue;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) values.set(arg.slice(2, eq), arg.slice(eq + 1));
      else flags.add(arg.slice(2));
    } else named.push(arg);
  }
  const unknown = named.filter((name) => !PROVIDERS.some((adapter) => adapter.id === name));
  if (unknown.length > 0) {
    throw new Error(`unknown provider ${unknown.join(', ')} (known: ${PROVIDERS.map((a) => a.id).join(', ')})`);
  }
  const providers = named.length === 0 ? PROVIDERS : PROVIDERS.filter((adapter) => named.includes(adapter.id));
  return { json: flags.has('json'), real: flags.has('real'), help: flags.has('help'), providers, values };
}

export function numberOption(args: CliArgs, name: string, fallback: number): number {
  const raw = args.values.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a non-negative number, got ${raw}`);
  return value;
}
