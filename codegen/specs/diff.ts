import { parseArgs, repoRoot, runCli } from './args.js';
import { diffAgainstGit } from './diff-provider.js';
import { renderReport } from './report.js';

const USAGE = `usage: pnpm specs:diff <provider> [--base <git-ref>] [--json]

Compares specs/<provider>/ in the working tree with the version committed at --base (default HEAD) and classifies
every change for a client user: breaking, dangerous or safe. Exit code 0 either way (1 only when it cannot run).
  --json   {provider, changes:[{kind, level, path, message}], summary:{breaking, dangerous, safe}, bump}`;

runCli(USAGE, async (argv) => {
  const root = repoRoot();
  const args = parseArgs(root, argv, { flags: ['--json'], options: ['--base'] });
  const report = await diffAgainstGit(root, args.provider, args.options.get('--base') ?? 'HEAD');
  console.log(args.flags.has('--json') ? JSON.stringify(report, null, 2) : renderReport(report));
  return 0;
});
