import { readRealEnv } from '../providers/types.js';
import { runSuite } from '../suite/run.js';
import { FULL_SIZES, type ProviderReport } from '../suite/types.js';
import { numberOption, parseArgs } from './args.js';

const USAGE = `usage: pnpm conformance [--json] [--real] [--large-mib=64] [--filter=text] [provider…]

Runs the FileStore conformance suite against each provider's sandbox (or, with --real, the server named by its
environment variables: CARBONIO_*, PRO7_*, BOXNET_*, FILECLOUD_*) and against core's memory store and local store
(over a fresh temp folder).
--json prints {"<provider>": {"passed": n, "failed": n, "skipped": [{"test": "...", "reason": "..."}]}}.`;

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const sizes = {
    ...FULL_SIZES,
    largeUploadBytes: Math.round(numberOption(args, 'large-mib', FULL_SIZES.largeUploadBytes / 2 ** 20) * 2 ** 20),
  };
  const filter = args.values.get('filter');
  if (args.real) {
    // Fail before starting anything when a named server is not fully described.
    for (const adapter of args.providers) if (adapter.realEnv.length > 0) readRealEnv(adapter);
  }
  const out: Record<string, { passed: number; failed: number; skipped: ProviderReport['skipped'] }> = {};
  let failed = 0;
  for (const adapter of args.providers) {
    // --real applies to the providers that have a real server to reach; the memory store has none.
    const real = args.real && adapter.realEnv.length > 0;
    console.error(`conformance: ${adapter.id}${real ? ' (real server)' : ''}…`);
    const report = await runSuite(adapter, {
      sizes,
      real,
      ...(filter === undefined ? {} : { filter }),
      onResult: (test, outcome, detail) => {
        if (outcome !== 'passed') console.error(`  ${outcome.padEnd(7)} ${test}${detail ? `: ${detail}` : ''}`);
      },
    });
    failed += report.failed;
    for (const failure of report.failures) {
      if (failure.error.startsWith('could not start')) console.error(`  ${failure.test}: ${failure.error}`);
    }
    for (const name of report.unexpectedPasses) {
      console.error(`  note: ${adapter.id} passed "${name}", listed as a known failure; remove it from the list`);
    }
    out[adapter.id] = { passed: report.passed, failed: report.failed, skipped: report.skipped };
    if (!args.json) {
      console.log(
        `${adapter.id.padEnd(16)} passed ${String(report.passed).padStart(3)}  failed ${String(report.failed).padStart(3)}  skipped ${String(report.skipped.length).padStart(3)}`,
      );
    }
  }
  if (args.json) console.log(JSON.stringify(out));
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
