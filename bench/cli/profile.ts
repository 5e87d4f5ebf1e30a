import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { bundleCli, fileSizes, MIB, runCli, startSandboxProcess, writeTree } from './harness.js';

// Where a sync's memory and time go (not a bench: a tool for reading numbers). Seeds a boxnet sandbox with a random
// tree, then syncs it into a carbonio-files sandbox once per --transfers value, with bench/cli/sampler.mjs preloaded
// into the CLI (memoryUsage peaks, HTTP requests by route, CPU) and the sandboxes' CPU read from /proc:
//   tsx --conditions=@fileclients/source bench/cli/profile.ts [files=300] [MiB=96] [transfers=4,1] [node flags…]

const [filesArg = '300', mibArg = '96', transfersArg = '4,1', ...nodeFlags] = process.argv.slice(2);
const TICK = 100; // USER_HZ

/** utime + stime (seconds) of a process and its descendants (a sandbox runs under tsx, node is its child). */
function treeCpu(pid: number): number {
  let ticks = 0;
  const visit = (p: number): void => {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
      for (const child of readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/)) {
        if (child !== '') visit(Number(child));
      }
    } catch {
      // gone
    }
  };
  visit(pid);
  return ticks / TICK;
}

interface Sample {
  peak: Record<string, number>;
  atPeakRss: Record<string, number>;
  requests: Record<string, number>;
  cpu: { user: number; system: number };
}

const mib = (n: number | undefined): string => `${((n ?? 0) / MIB).toFixed(1)}`;
const dir = await mkdtemp(join(tmpdir(), 'fileclients-profile-'));
try {
  const script = await bundleCli(dir);
  const tree = await writeTree(join(dir, 'src'), fileSizes(Number(filesArg), Number(mibArg) * MIB));
  console.error(`tree: ${tree.files} files, ${mib(tree.bytes)} MiB, ${tree.folders} folders`);
  const box = await startSandboxProcess('boxnet', { spaceAmount: Math.max(1024 * MIB, 2 * tree.bytes) });
  const carbonio = await startSandboxProcess('carbonio-files');
  try {
    const env = { XDG_CONFIG_HOME: dir, ...box.remoteEnv('box'), ...carbonio.remoteEnv('carbonio') };
    const seed = await runCli(script, ['--json', 'cp', join(dir, 'src'), 'box:/src'], { env });
    if (seed.code !== 0) throw new Error(`seed: ${seed.stderr}`);
    console.error(`seeded in ${(seed.wallMs / 1000).toFixed(1)} s`);
    // "4:alt" runs PROFILE_ALT_SCRIPT (another bundle, e.g. of the code before a change) with --transfers 4.
    for (const [round, item] of transfersArg.split(',').entries()) {
      const [transfers = '4', which = ''] = item.split(':');
      const cli = which === 'alt' ? (process.env.PROFILE_ALT_SCRIPT ?? script) : script;
      const out = join(dir, `sample-${round}.json`);
      const boxCpu = treeCpu(box.pid);
      const carbonioCpu = treeCpu(carbonio.pid);
      const started = performance.now();
      const child = spawn(
        process.execPath,
        [
          `--import=${join(import.meta.dirname, 'sampler.mjs')}`,
          ...nodeFlags,
          cli,
          '--json',
          'sync',
          '--transfers',
          transfers,
          'box:/src',
          `carbonio:/t${transfers}-${round}`,
        ],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
          cwd: process.env.PROFILE_CWD ?? dir,
          env: { PATH: process.env.PATH ?? '', ...env, FILECLIENTS_SAMPLER_OUT: out },
        },
      );
      // PROFILE_SIGNAL_AT=ms: SIGUSR2 to the CLI then (with --heapsnapshot-signal=SIGUSR2, a heap snapshot).
      const signalAt = Number(process.env.PROFILE_SIGNAL_AT ?? 0);
      const signalTimer = signalAt > 0 ? setTimeout(() => child.kill('SIGUSR2'), signalAt) : undefined;
      let hwm = 0;
      const timer = setInterval(() => {
        try {
          hwm = Math.max(hwm, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]));
        } catch {}
      }, 50);
      let summary = '';
      let stderr = '';
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (line.includes('"summary"')) summary = line;
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
      clearInterval(timer);
      clearTimeout(signalTimer);
      const wall = (performance.now() - started) / 1000;
      const raw = await readFile(out, 'utf8');
      if (process.env.PROFILE_CWD) await writeFile(join(process.env.PROFILE_CWD, `sample-${round}.json`), raw);
      const s = JSON.parse(raw) as Sample;
      const cliCpu = (s.cpu.user + s.cpu.system) / 1e6;
      const dBox = treeCpu(box.pid) - boxCpu;
      const dCarbonio = treeCpu(carbonio.pid) - carbonioCpu;
      const requests = Object.entries(s.requests).sort((a, b) => b[1] - a[1]);
      const total = requests.reduce((n, [, c]) => n + c, 0);
      console.log(
        [
          `--transfers ${item}: exit ${code}, wall ${wall.toFixed(1)} s, ${summary}`,
          `  VmHWM ${(hwm / 1024).toFixed(1)} MiB; peaks (MiB): rss ${mib(s.peak.rss)} heapUsed ${mib(s.peak.heapUsed)} heapTotal ${mib(s.peak.heapTotal)} external ${mib(s.peak.external)} arrayBuffers ${mib(s.peak.arrayBuffers)}`,
          `  at peak rss: heapUsed ${mib(s.atPeakRss.heapUsed)} heapTotal ${mib(s.atPeakRss.heapTotal)} external ${mib(s.atPeakRss.external)} arrayBuffers ${mib(s.atPeakRss.arrayBuffers)}`,
          `  CPU s: cli ${cliCpu.toFixed(1)} box ${dBox.toFixed(1)} carbonio ${dCarbonio.toFixed(1)} total ${(cliCpu + dBox + dCarbonio).toFixed(1)} (per file ms: ${(((cliCpu + dBox + dCarbonio) / tree.files) * 1000).toFixed(1)}); cpu/wall ${((cliCpu + dBox + dCarbonio) / wall).toFixed(2)}`,
          `  requests ${total} (${(total / tree.files).toFixed(1)}/file): ${requests.map(([k, c]) => `${k} ${c}`).join('; ')}`,
          code === 0 ? '' : stderr.slice(-2000),
        ].join('\n'),
      );
    }
  } finally {
    await box.stop();
    await carbonio.stop();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
