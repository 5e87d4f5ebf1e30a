import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '@fileclients/cli';
import { startSandbox } from '@fileclients/sandbox';

// A migration as a user runs it: a Box.net tree moved to Carbonio Files, then checked. Both servers are sandboxes
// started here; the remotes come from FILECLIENTS_REMOTE_* variables, so no config file is written.
const box = await startSandbox('boxnet');
const carbonio = await startSandbox('carbonio-files');
const scratch = mkdtempSync(join(tmpdir(), 'fileclients-example-'));
const env = {
  ...process.env,
  XDG_CONFIG_HOME: scratch,
  FILECLIENTS_REMOTE_BOX_PROVIDER: 'boxnet',
  FILECLIENTS_REMOTE_BOX_URL: box.url,
  FILECLIENTS_REMOTE_BOX_USER: box.credentials.login,
  FILECLIENTS_REMOTE_BOX_PASSWORD: box.credentials.password,
  FILECLIENTS_REMOTE_BOX_API_KEY: box.credentials.apiKey,
  FILECLIENTS_REMOTE_CARBONIO_PROVIDER: 'carbonio-files',
  FILECLIENTS_REMOTE_CARBONIO_URL: carbonio.url,
  FILECLIENTS_REMOTE_CARBONIO_USER: carbonio.credentials.username,
  FILECLIENTS_REMOTE_CARBONIO_PASSWORD: carbonio.credentials.password,
};
const fileclients = async (...argv: string[]): Promise<number> => {
  console.log(`$ fileclients ${argv.join(' ')}`);
  return runCli(argv, { stdout: process.stdout, stderr: process.stderr, env, cwd: scratch, home: homedir() });
};

try {
  // A tree on Box to migrate: nested folders, an empty file, a binary one.
  const files: Record<string, string | Uint8Array> = {
    'Photos/2024/beach.jpg': new Uint8Array(300_000).map((_, i) => i % 251),
    'Photos/2024/notes.txt': 'sunny',
    'Docs/report.txt': 'Q3 report\n'.repeat(500),
    'Docs/empty.txt': '',
  };
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(dirname(join(scratch, 'seed', rel)), { recursive: true });
    writeFileSync(join(scratch, 'seed', rel), data);
  }
  const steps: string[][] = [
    ['cp', './seed', 'box:/Migrate'],
    ['ls', '-R', 'box:/Migrate'],
    ['sync', '--dry-run', 'box:/Migrate', 'carbonio:/LOCAL_ROOT/FromBox'],
    ['sync', 'box:/Migrate', 'carbonio:/LOCAL_ROOT/FromBox'],
    ['sync', 'box:/Migrate', 'carbonio:/LOCAL_ROOT/FromBox'],
    ['check', 'box:/Migrate', 'carbonio:/LOCAL_ROOT/FromBox'],
    ['check', '--checksum', 'box:/Migrate', 'carbonio:/LOCAL_ROOT/FromBox'],
  ];
  for (const argv of steps) {
    const code = await fileclients(...argv);
    if (code !== 0) throw new Error(`fileclients ${argv.join(' ')} exited ${code}`);
  }
  console.log('check reported 0 differences');
} finally {
  await Promise.all([box.stop(), carbonio.stop()]);
  rmSync(scratch, { recursive: true, force: true });
}
