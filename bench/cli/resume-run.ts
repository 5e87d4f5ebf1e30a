import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCli, fileSizes, MIB, resumeRun, runCli, startSandboxProcess, summaryOf, writeTree } from './harness.js';

// The resume runs of packages/cli/docs/resume-run.md:
//   tsx --conditions=@fileclients/source bench/cli/resume-run.ts boxnet carbonio-files [files] [MiB]
// A random tree on disk is copied to the source sandbox with `fileclients cp`, then `fileclients --json sync` from
// it to the destination sandbox is killed with SIGKILL at half and run again, then `fileclients check`. With
// `local` as the source, the tree on disk is the source itself (no source sandbox, no seeding copy).

const [from = 'boxnet', to = 'carbonio-files', filesArg = '2000', mibArg = '1024'] = process.argv.slice(2);
const files = Number(filesArg);
const mib = Number(mibArg);

/** RSS (MiB) of a process and its descendants (the sandboxes run under tsx, which runs node as its child). */
function treeRssMiB(pid: number): number {
  let kib = 0;
  const visit = (p: number): void => {
    try {
      kib += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      for (const child of readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/)) {
        if (child !== '') visit(Number(child));
      }
    } catch {
      // gone
    }
  };
  visit(pid);
  return kib / 1024;
}

const dir = await mkdtemp(join(tmpdir(), 'fileclients-resume-'));
const started = performance.now();
const say = (line: string): void => {
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${line}\n`);
};
try {
  const script = await bundleCli(dir);
  const tree = await writeTree(join(dir, 'src'), fileSizes(files, mib * MIB));
  say(`tree: ${tree.files} files, ${tree.bytes} bytes, ${tree.folders} folders`);
  const options = (provider: string) =>
    provider === 'boxnet' ? { spaceAmount: Math.max(1024 * MIB, 2 * tree.bytes) } : {};
  const local = from === 'local';
  const src = local ? undefined : await startSandboxProcess(from, options(from));
  const dst = await startSandboxProcess(to, options(to));
  const source = local ? join(dir, 'src') : 'src:/tree';
  try {
    const env = { XDG_CONFIG_HOME: dir, ...src?.remoteEnv('src'), ...dst.remoteEnv('dst') };
    if (!local) {
      const seed = await runCli(script, ['--json', 'cp', join(dir, 'src'), source], { env });
      say(`seed: exit ${seed.code}, ${JSON.stringify(summaryOf(seed))} ${seed.stderr.slice(0, 2000)}`);
      if (seed.code !== 0) process.exit(1);
    }
    const result = await resumeRun(
      script,
      env,
      source,
      { remote: 'dst', path: '/R' },
      { files: tree.files, bytes: tree.bytes },
      Math.floor(tree.files / 2),
    );
    // The contents too: every file downloaded from both sides and hashed (sha1), unless they report a common hash.
    const checksum = await runCli(script, ['check', '--checksum', source, 'dst:/R'], { env });
    const checksumLine = `${checksum.stdout.trim().split('\n').at(-1)} (exit ${checksum.code}) ${checksum.stderr.trim()}`;
    say(`check --checksum: ${checksumLine}`);
    const srcRss = src ? `${treeRssMiB(src.pid).toFixed(0)} MiB` : 'none (local disk)';
    say(`sandbox RSS: ${from} ${srcRss}, ${to} ${treeRssMiB(dst.pid).toFixed(0)} MiB`);
    console.log(JSON.stringify({ from, to, folders: tree.folders, ...result, checksum: checksumLine }, null, 2));
  } finally {
    await src?.stop();
    await dst.stop();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
