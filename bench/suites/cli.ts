import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bundleCli,
  type CliRun,
  copied,
  fileSizes,
  MIB,
  resumeRun,
  runCli,
  type SandboxProcess,
  startSandboxProcess,
  summaryOf,
  writeTree,
} from '../cli/harness.js';
import { median } from '../stats.js';
import type { BenchSuite, Metrics } from '../types.js';

// The `fileclients` CLI end to end: a nested tree of random files (1 KiB to 8 MiB) on a Box.net sandbox synced to a
// Carbonio Files sandbox, each sandbox in its own process and the CLI in a third (bundled, under plain node, so its
// RSS is its own). The size is 2,000 files / 1 GiB; the default is smaller so that the suite runs in about
// 2 minutes on a 2-core machine: FILECLIENTS_BENCH_CLI_FILES and FILECLIENTS_BENCH_CLI_MIB set it.

const FILES = positiveEnv('FILECLIENTS_BENCH_CLI_FILES', 200);
const TOTAL_MIB = positiveEnv('FILECLIENTS_BENCH_CLI_MIB', 64);
/** Rounds of the t1/t4 pair (order alternating); the ratio is the median of the per-round ratios. */
const ROUNDS = positiveEnv('FILECLIENTS_BENCH_CLI_ROUNDS', 3);
const NOOP_RUNS = 3;

function positiveEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

const log = (line: string): void => {
  process.stderr.write(`bench cli: ${line}\n`);
};

function ok(run: CliRun, what: string): CliRun {
  if (run.code !== 0) throw new Error(`${what}: exit ${run.code} ${run.signal ?? ''}\n${run.stderr.slice(-2000)}`);
  return run;
}

/** Bytes per second of a sync, timed by the CLI itself (listing and copies; not node's start-up and the login). */
function throughput(run: CliRun): number {
  const summary = summaryOf(run);
  const seconds = Number(summary?.seconds ?? Number.NaN);
  return Number(summary?.bytes ?? Number.NaN) / seconds;
}

const suite: BenchSuite = {
  name: 'cli',
  description:
    'fileclients sync boxnet sandbox -> carbonio-files sandbox: --transfers 4 vs 1, peak RSS, kill -9 resume, no-op sync',
  async run(): Promise<Metrics> {
    const dir = await mkdtemp(join(tmpdir(), 'fileclients-bench-cli-'));
    const sandboxes: SandboxProcess[] = [];
    try {
      const script = await bundleCli(dir);
      const sizes = fileSizes(Math.round(FILES), TOTAL_MIB * MIB);
      const tree = await writeTree(join(dir, 'src'), sizes);
      const treeMiB = tree.bytes / MIB;
      log(
        `tree: ${tree.files} files, ${tree.bytes} bytes (${treeMiB.toFixed(1)} MiB), ${tree.folders} folders` +
          ` (FILECLIENTS_BENCH_CLI_FILES=${FILES}, FILECLIENTS_BENCH_CLI_MIB=${TOTAL_MIB}; the issue's size is 2000 / 1024)`,
      );
      const box = await startSandboxProcess('boxnet', { spaceAmount: Math.max(1024 * MIB, 2 * tree.bytes) });
      sandboxes.push(box);
      const carbonio = await startSandboxProcess('carbonio-files');
      sandboxes.push(carbonio);
      const env = { XDG_CONFIG_HOME: dir, ...box.remoteEnv('box'), ...carbonio.remoteEnv('carbonio') };

      const seed = ok(
        await runCli(script, ['--json', 'cp', join(dir, 'src'), 'box:/src'], { env }),
        'seeding box:/src',
      );
      log(`seeded box:/src in ${(seed.wallMs / 1000).toFixed(1)} s`);

      const ratios: number[] = [];
      const rates: Record<1 | 4, number[]> = { 1: [], 4: [] };
      const rss: number[] = [];
      let firstT4 = '';
      for (let round = 0; round < ROUNDS; round++) {
        const order: (1 | 4)[] = round % 2 === 0 ? [4, 1] : [1, 4];
        const rate: Partial<Record<1 | 4, number>> = {};
        for (const transfers of order) {
          const dst = `carbonio:/t${transfers}-r${round}`;
          const run = ok(
            await runCli(script, ['--json', 'sync', '--transfers', String(transfers), 'box:/src', dst], {
              env,
              measure: transfers === 4,
            }),
            `sync --transfers ${transfers}`,
          );
          if (copied(run).length !== tree.files) {
            throw new Error(`sync --transfers ${transfers} copied ${copied(run).length} of ${tree.files} files`);
          }
          rate[transfers] = throughput(run);
          rates[transfers].push(throughput(run));
          if (transfers === 4) {
            if (run.maxRssMiB !== undefined) rss.push(run.maxRssMiB);
            firstT4 ||= dst;
          }
          log(
            `round ${round + 1}/${ROUNDS} --transfers ${transfers}: ${((rate[transfers] ?? 0) / MIB).toFixed(2)} MiB/s` +
              (transfers === 4 && run.maxRssMiB !== undefined ? `, peak RSS ${run.maxRssMiB.toFixed(1)} MiB` : ''),
          );
        }
        ratios.push((rate[4] ?? Number.NaN) / (rate[1] ?? Number.NaN));
      }

      // Nothing to do: every file is there. Wall time of the whole process (start-up and login included).
      const noop: number[] = [];
      for (let i = 0; i < NOOP_RUNS; i++) {
        const run = ok(await runCli(script, ['--json', 'sync', 'box:/src', firstT4], { env }), 'no-op sync');
        if (copied(run).length !== 0) throw new Error(`the no-op sync copied ${copied(run).length} files`);
        noop.push(run.wallMs);
      }
      log(`no-op sync: ${noop.map((ms) => Math.round(ms)).join(', ')} ms for ${tree.files} files`);

      const resume = await resumeRun(
        script,
        env,
        'box:/src',
        { remote: 'carbonio', path: '/resume' },
        { files: tree.files, bytes: tree.bytes },
        Math.floor(tree.files / 2),
      );
      log(
        `resume: ${resume.eventsBeforeKill} copy events before kill -9, ${resume.completeAtKill} complete and ` +
          `${resume.partialsAtKill} partial at the destination; run 2 exit ${resume.run2.code}, ` +
          `copied ${resume.run2.summary?.copied}, skipped ${resume.run2.summary?.skipped}; re-sent ${resume.resent.length}, ` +
          `partial after ${resume.partialsAfter.length}; ${resume.check.line} (exit ${resume.check.code})`,
      );
      if (resume.check.code !== 0 || resume.check.differences !== 0) {
        throw new Error(`check after the resume found differences: ${resume.check.line} (exit ${resume.check.code})`);
      }

      return {
        'cli.sync_throughput_ratio_t4_vs_t1': { value: median(ratios), unit: 'ratio' },
        'cli.sync_peak_rss_mib': { value: rss.length > 0 ? median(rss) : Number.NaN, unit: 'MiB' },
        'cli.resume_resent_files': { value: resume.resent.length, unit: 'files' },
        'cli.resume_partial_files': { value: resume.partialsAfter.length, unit: 'files' },
        'cli.noop_sync_ms_per_1k_files': { value: (median(noop) / tree.files) * 1000, unit: 'ms' },
        'cli.sync_t4_mib_per_s': { value: median(rates[4]) / MIB, unit: 'MiB/s' },
        'cli.sync_t1_mib_per_s': { value: median(rates[1]) / MIB, unit: 'MiB/s' },
        'cli.tree_files': { value: tree.files, unit: 'files' },
        'cli.tree_mib': { value: treeMiB, unit: 'MiB' },
      };
    } finally {
      for (const sandbox of sandboxes) await sandbox.stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
