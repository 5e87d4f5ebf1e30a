import { knownIssue } from '../reliability/known-issues.js';
import {
  coreSubject,
  FULL_RELIABILITY,
  providerSubject,
  type ReliabilityReport,
  type ReliabilitySubject,
  runReliability,
} from '../reliability/run.js';
import { numberOption, parseArgs } from './args.js';

const USAGE = `usage: pnpm reliability [--json] [--fuzz-cases=10000] [--verbose] [provider…|core]

Per provider (and "core": core's own HTTP client against a tiny file server): (a) a fault-injecting proxy in front of
its sandbox (resets, 5xx, 429 with Retry-After, stalled and truncated bodies, an HTML login page, an expired
session), (b) fast-check fuzzing of every response decoder with mutated recorded answers, (c) a scan of every error
form and log line for the secrets in play. --json prints
{"<provider>": {"faults": {...}, "fuzz": {...}, "secrets_leaked": n}}.`;

async function main(argv: readonly string[]): Promise<number> {
  const wantsCore = argv.includes('core');
  const args = parseArgs(argv.filter((arg) => arg !== 'core'));
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const verbose = args.values.has('verbose') || argv.includes('--verbose');
  const options = {
    ...FULL_RELIABILITY,
    fuzzCases: numberOption(args, 'fuzz-cases', FULL_RELIABILITY.fuzzCases),
    onLine: (line: string) => {
      if (verbose) process.stderr.write(`${line}\n`);
    },
  };
  const namedProviders = argv.some((arg) => !arg.startsWith('-') && arg !== 'core');
  const subjects: ReliabilitySubject[] = [
    ...(namedProviders ? [] : [coreSubject()]),
    ...(wantsCore && namedProviders ? [coreSubject()] : []),
    ...(wantsCore && !namedProviders ? [] : args.providers.filter((a) => a.offline !== true).map(providerSubject)),
  ];
  const out: Record<string, ReliabilityReport> = {};
  let bad = 0;
  for (const subject of subjects) {
    process.stderr.write(`reliability: ${subject.id}…\n`);
    const { report, problems } = await runReliability(subject, options);
    out[subject.id] = report;
    for (const problem of problems) {
      const known = knownIssue(subject.id, problem);
      process.stderr.write(`  ${problem}${known ? `\n    known issue: ${known}` : ''}\n`);
      // Every bad count has a problem line; known provider bugs are reported but do not fail the run.
      if (known === undefined) bad++;
    }
    if (!args.json) {
      const f = report.faults;
      console.log(
        `${subject.id.padEnd(16)} faults ${f.skipped ? `skipped (${f.skipped})` : `${f.tried} tried, ${f.retried_ok} retried ok, ${f.typed_errors} typed, ${f.hangs} hangs, ${f.unhandled} unhandled, ${f.partial_files} partial files`}; ` +
          `fuzz ${report.fuzz.cases} cases, ${report.fuzz.untyped_throws} untyped, ${report.fuzz.hangs} hangs; ` +
          `secrets leaked ${report.secrets_leaked}`,
      );
    }
  }
  if (args.json) console.log(JSON.stringify(out));
  return bad > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 2;
  },
);
