import type { FetchLike } from '@fileclients/core';
import type { OpenedTarget, OpenOptions, ProviderAdapter } from '../providers/types.js';
import { type FaultReport, runFaults } from './faults.js';
import { type DecoderTarget, type FuzzReport, fuzzDecoders } from './fuzz.js';
import { boxnetSession, directDecoders, type ReplaySession, storeSession } from './fuzz-targets.js';
import { openReferenceTarget } from './reference-store.js';
import { type Recorded, recordingFetch, replayFetch } from './replay.js';
import { captureConsole, SecretScan } from './secret-scan.js';
import { UnhandledCounter } from './unhandled.js';

export interface ReliabilityOptions {
  /** Generated or mutated responses per provider (10 000 in `pnpm reliability`). */
  readonly fuzzCases: number;
  /** A call or decode slower than this is a hang. */
  readonly hangMs: number;
  /** Idle timeout given to the clients, so stalled bodies end well before `hangMs`. */
  readonly idleTimeoutMs: number;
  /** Size of the file downloaded under fault. */
  readonly fileBytes: number;
  readonly seed: number;
  readonly onLine?: (line: string) => void;
}

export const FULL_RELIABILITY: ReliabilityOptions = {
  fuzzCases: 10_000,
  hangMs: 15_000,
  idleTimeoutMs: 1_000,
  fileBytes: 512 * 1024,
  seed: 20_261_122,
};

export const CI_RELIABILITY: ReliabilityOptions = {
  fuzzCases: 400,
  hangMs: 8_000,
  idleTimeoutMs: 500,
  fileBytes: 64 * 1024,
  seed: 20_261_122,
};

/** The JSON contract of `pnpm reliability --json`, per provider. */
export interface ReliabilityReport {
  faults: Omit<FaultReport, 'problems'> & { skipped?: string };
  fuzz: { cases: number; untyped_throws: number; hangs: number; skipped?: string };
  secrets_leaked: number;
}

/** The report plus what a human needs to act on it. */
export interface ReliabilityResult {
  readonly report: ReliabilityReport;
  readonly problems: readonly string[];
}

/** What reliability knows about one subject: how to open it behind a proxy, and how to record a session. */
export interface ReliabilitySubject {
  readonly id: string;
  /** Why the fault run cannot happen (no store yet). */
  readonly faultsUnavailable?: string;
  readonly open: (options: OpenOptions) => Promise<OpenedTarget>;
  readonly session: () => Promise<ReplaySession>;
}

export function coreSubject(): ReliabilitySubject {
  return {
    id: 'core',
    open: openReferenceTarget,
    session: async () => {
      const target = await openReferenceTarget();
      const make = target.storeWith;
      if (make === undefined) throw new Error('reference target has no storeWith');
      const { storeScript } = await import('./replay.js');
      return {
        script: (fetch) => storeScript(make(fetch), target.base),
        get secrets() {
          return target.secrets;
        },
        close: () => target.close(),
      };
    },
  };
}

export function providerSubject(adapter: ProviderAdapter): ReliabilitySubject {
  return {
    id: adapter.id,
    ...(adapter.unavailable === undefined ? {} : { faultsUnavailable: adapter.unavailable }),
    open: (options) => adapter.open(options),
    // Box.net's store has not landed; its client session still exercises every decoder it has.
    session: () =>
      adapter.id === 'boxnet' && adapter.unavailable !== undefined ? boxnetSession() : storeSession(adapter),
  };
}

const EMPTY_FAULTS = { tried: 0, retried_ok: 0, typed_errors: 0, hangs: 0, unhandled: 0, partial_files: 0 };

/** Fault injection, fuzzing and the secret scan for one subject. */
export async function runReliability(
  subject: ReliabilitySubject,
  options: ReliabilityOptions,
): Promise<ReliabilityResult> {
  const scan = new SecretScan();
  const unhandled = new UnhandledCounter();
  const problems: string[] = [];
  const secrets = new Set<string>();
  const line = (text: string) => options.onLine?.(`${subject.id}: ${text}`);
  unhandled.start();
  try {
    return await captureConsole(scan, async () => {
      let faults: ReliabilityReport['faults'];
      if (subject.faultsUnavailable !== undefined) {
        faults = { ...EMPTY_FAULTS, skipped: subject.faultsUnavailable };
      } else {
        const before = unhandled.count;
        const run = await runFaults({
          open: subject.open,
          scan,
          hangMs: options.hangMs,
          idleTimeoutMs: options.idleTimeoutMs,
          fileBytes: options.fileBytes,
          onScenario: (text) => line(`fault ${text}`),
        });
        for (const secret of run.secrets) secrets.add(secret);
        const { problems: faultProblems, ...counts } = run.report;
        problems.push(...faultProblems);
        // Let late rejections of abandoned calls surface before counting.
        await new Promise((resolve) => setTimeout(resolve, 50));
        faults = { ...counts, unhandled: unhandled.count - before };
      }

      const fuzz = await runFuzz(subject, options, scan, secrets, problems, line);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const leaks = scan.leaks(secrets);
      problems.push(...leaks.examples.map((example) => `secret in diagnostic: ${example}`));
      problems.push(...unhandled.examples.map((example) => `unhandled: ${example}`));
      if (subject.faultsUnavailable === undefined) faults.unhandled = unhandled.count;
      return { report: { faults, fuzz, secrets_leaked: leaks.count }, problems };
    });
  } finally {
    unhandled.stop();
  }
}

async function runFuzz(
  subject: ReliabilitySubject,
  options: ReliabilityOptions,
  scan: SecretScan,
  secrets: Set<string>,
  problems: string[],
  line: (text: string) => void,
): Promise<ReliabilityReport['fuzz']> {
  let session: ReplaySession;
  try {
    session = await subject.session();
  } catch (error) {
    const reason = `no session to record: ${error instanceof Error ? error.message : String(error)}`;
    const direct = directDecoders(subject.id, []);
    if (direct.length === 0) return { cases: 0, untyped_throws: 0, hangs: 0, skipped: reason };
    problems.push(reason);
    return finish(await fuzzDecoders(direct, { ...fuzzOptions(options, scan) }), problems);
  }
  try {
    const recorded: Recorded[] = [];
    await session.script(recordingFetch((input, init) => globalThis.fetch(input, init), recorded, secrets));
    for (const secret of session.secrets) secrets.add(secret);
    line(`recorded ${recorded.length} exchanges`);
    const served = recorded.map(() => 0);
    const decoders: DecoderTarget[] = [
      ...recorded.map((exchange, index) =>
        replayDecoder(session.script, recorded, exchange, index, () => {
          served[index] = (served[index] ?? 0) + 1;
        }),
      ),
      ...directDecoders(subject.id, recorded),
    ];
    const report = await fuzzDecoders(decoders, fuzzOptions(options, scan));
    const reached = served.filter((count) => count > 0).length;
    line(`fuzzed ${report.cases} responses over ${decoders.length} decoders`);
    line(`replay reached ${reached} of ${recorded.length} mutated answers (${served.join(', ')} cases each)`);
    // A mutation the client never asked for proves nothing: the harness must reach every recorded answer.
    served.forEach((count, index) => {
      if (count === 0)
        problems.push(`harness: replayed answer #${index} (${recorded[index]?.target ?? '?'}) was never requested`);
    });
    return finish(report, problems);
  } finally {
    await session.close();
  }
}

function fuzzOptions(options: ReliabilityOptions, scan: SecretScan) {
  return { cases: options.fuzzCases, seed: options.seed, hangMs: options.hangMs, scan };
}

function finish(report: FuzzReport, problems: string[]): ReliabilityReport['fuzz'] {
  problems.push(...report.problems);
  return { cases: report.cases, untyped_throws: report.untyped_throws, hangs: report.hangs };
}

/** Replays the whole session with answer `index` replaced by the fuzzed body: the client's own decoding path. */
function replayDecoder(
  script: (fetch: FetchLike) => Promise<void>,
  recorded: readonly Recorded[],
  exchange: Recorded,
  index: number,
  onServed: () => void,
): DecoderTarget {
  const binary = !/xml|json|text|html/.test(exchange.headers.find(([name]) => name === 'content-type')?.[1] ?? '');
  const fixture = binary ? Buffer.from(exchange.body).toString('latin1') : new TextDecoder().decode(exchange.body);
  return {
    name: `replay #${index} ${exchange.method} ${exchange.target.slice(0, 60)}`,
    fixtures: [fixture],
    decode: (body) => {
      const bytes = new Uint8Array(binary ? Buffer.from(body, 'latin1') : Buffer.from(body, 'utf8'));
      return script(replayFetch(recorded, { index, body: bytes, onServed }));
    },
  };
}
