import { parseArgs, repoRoot, runCli } from './args.js';
import { pullProvider } from './pull/index.js';
import { recordHandEdits } from './source-json.js';
import { writePulled } from './write-pulled.js';

const USAGE = `usage: pnpm specs:pull <provider> [--from <url-or-file>] [--spec <file>] [--out <file>]
       pnpm specs:pull <provider> --record

Brings an upstream spec in, in place of ours (or to --out), and records it in specs/<provider>/source.json.
  carbonio-files  GraphQL introspection of a live server (CARBONIO_URL, with CARBONIO_USERNAME/CARBONIO_PASSWORD or
                  CARBONIO_TOKEN), printed as sorted SDL; or --from a schema file, an introspection JSON, a URL
  boxnet          --from a ?wsdl URL or a WSDL file (or BOXNET_URL: <url>/api/1.0/soap?wsdl)
  afterlogic-pro7, filecloud
                  --from an OpenAPI 3.x file or URL (YAML or JSON): validated, normalised, written as YAML
  --spec <file>   which spec of the provider (e.g. public-schema.graphql); default: all live ones, or the first
  --out <file>    write there instead; the repository is not touched
  --record        pull nothing: the spec was edited here by hand; record its sha256 in source.json`;

runCli(USAGE, async (argv) => {
  const root = repoRoot();
  const args = parseArgs(root, argv, { flags: ['--record'], options: ['--from', '--spec', '--out'] });
  if (args.flags.has('--record')) {
    const moved = recordHandEdits(root, args.provider);
    console.log(
      `${args.provider}: ${moved.length === 0 ? 'source.json already matches' : `recorded sha256 of ${moved.join(', ')}`}`,
    );
    return 0;
  }
  const from = args.options.get('--from');
  const spec = args.options.get('--spec');
  const pulled = await pullProvider(root, args.provider, {
    ...(from !== undefined ? { from } : {}),
    ...(spec !== undefined ? { spec } : {}),
    env: process.env,
    cwd: process.env.INIT_CWD ?? process.cwd(),
  });
  const lines = writePulled(root, args.provider, pulled, args.options.get('--out'));
  console.log(`${args.provider}: pulled ${pulled.length} spec(s)`);
  for (const line of lines) console.log(line);
  if (!args.options.has('--out')) console.log(`next: pnpm specs:diff ${args.provider}   (what it means for users)`);
  return 0;
});
