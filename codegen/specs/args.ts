import { resolve } from 'node:path';
import { discoverProviders } from '../manifest.js';

export interface ParsedArgs {
  readonly provider: string;
  readonly flags: ReadonlySet<string>;
  readonly options: ReadonlyMap<string, string>;
}

/** A usage error: the CLI prints it with the usage text and exits 2. */
export class UsageError extends Error {}

/** The repository the commands work on: FILECLIENTS_ROOT (tests, scratch copies) or the current directory. */
export function repoRoot(): string {
  return resolve(process.env.FILECLIENTS_ROOT ?? process.cwd());
}

/** Parses `<provider> [--flag] [--option value]`; the provider must have a specs/<provider>/codegen.json. */
export function parseArgs(
  root: string,
  argv: readonly string[],
  spec: { flags: readonly string[]; options: readonly string[] },
): ParsedArgs {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (spec.flags.includes(arg)) flags.add(arg);
    else if (spec.options.includes(arg)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      options.set(arg, value);
      i++;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const known = discoverProviders(root);
  const provider = positional[0];
  if (positional.length !== 1 || provider === undefined) {
    throw new UsageError(`name one provider (${known.join(', ') || 'none found'})`);
  }
  if (!known.includes(provider)) {
    throw new UsageError(`no specs/${provider}/codegen.json (known: ${known.join(', ') || 'none'})`);
  }
  return { provider, flags, options };
}

/** Runs a CLI's main and sets the exit code: 2 for usage errors, 1 for failures, with a one-line message. */
export function runCli(usage: string, main: (argv: readonly string[]) => Promise<number>): void {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return;
  }
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        console.error(`${error.message}\n\n${usage}`);
        process.exitCode = 2;
        return;
      }
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
