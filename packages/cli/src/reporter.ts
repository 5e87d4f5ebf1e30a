import { createLogUpdate } from 'log-update';
import { formatBytes, formatDuration, type Io } from './io.js';

export type ItemAction = 'copy' | 'skip' | 'delete' | 'mkdir' | 'fail' | 'missing' | 'extra' | 'differ' | 'match';

export interface ItemEvent {
  readonly action: ItemAction;
  readonly path: string;
  readonly size?: number;
  /** For `fail`: what went wrong (redacted). */
  readonly error?: string;
  /** Printed as "would …": nothing was changed. */
  readonly dryRun?: boolean;
}

export interface Summary {
  copied: number;
  skipped: number;
  deleted: number;
  failed: number;
  bytes: number;
  missing: number;
  extra: number;
  differ: number;
  matched: number;
}

export function emptySummary(): Summary {
  return { copied: 0, skipped: 0, deleted: 0, failed: 0, bytes: 0, missing: 0, extra: 0, differ: 0, matched: 0 };
}

const VERB: Record<ItemAction, string> = {
  copy: 'copied',
  skip: 'unchanged',
  delete: 'deleted',
  mkdir: 'made folder',
  fail: 'FAILED',
  missing: 'missing in destination',
  extra: 'only in destination',
  differ: 'differs',
  match: 'matches',
};
const WOULD: Partial<Record<ItemAction, string>> = {
  copy: 'would copy',
  delete: 'would delete',
  mkdir: 'would make folder',
};

/** Prints what a transfer does: item lines, progress (live on a TTY, periodic lines otherwise, events for --json). */
export class Reporter {
  private readonly started = performance.now();
  private readonly active = new Map<string, { bytes: number; size: number }>();
  private totalBytes = 0;
  private totalFiles = 0;
  private doneBytes = 0;
  private doneFiles = 0;
  private timer: NodeJS.Timeout | undefined;
  private dryRun = false;
  private readonly live: ReturnType<typeof createLogUpdate> | undefined;
  readonly summary: Summary = emptySummary();

  constructor(
    private readonly io: Io,
    private readonly mode: { json: boolean; verbose: boolean; intervalMs?: number },
  ) {
    const tty = !mode.json && io.stderr.isTTY === true;
    this.live = tty ? createLogUpdate(io.stderr as NodeJS.WriteStream, { showCursor: true }) : undefined;
  }

  /** The work ahead: files to send and their bytes. Starts the progress display. */
  begin(files: number, bytes: number): void {
    this.totalFiles = files;
    this.totalBytes = bytes;
    if (this.mode.json) this.json({ event: 'plan', files, bytes });
    const every = this.live ? 250 : (this.mode.intervalMs ?? 5000);
    if (files > 0 && !this.mode.json) this.timer = setInterval(() => this.tick(), every);
    this.timer?.unref();
  }

  fileStart(path: string, size: number): void {
    this.active.set(path, { bytes: 0, size });
  }

  fileProgress(path: string, bytes: number): void {
    const state = this.active.get(path);
    if (state) state.bytes = bytes;
  }

  fileEnd(path: string): void {
    this.active.delete(path);
  }

  item(event: ItemEvent): void {
    const s = this.summary;
    if (event.dryRun) this.dryRun = true;
    if (event.action === 'copy' && !event.dryRun) {
      s.copied++;
      s.bytes += event.size ?? 0;
      this.doneFiles++;
      this.doneBytes += event.size ?? 0;
    } else if (event.action === 'copy') s.copied++;
    else if (event.action === 'skip') s.skipped++;
    else if (event.action === 'delete') s.deleted++;
    else if (event.action === 'fail') s.failed++;
    else if (event.action === 'missing') s.missing++;
    else if (event.action === 'extra') s.extra++;
    else if (event.action === 'differ') s.differ++;
    else if (event.action === 'match') s.matched++;
    if (this.mode.json) {
      this.json({ event: event.action, path: event.path, ...rest(event) });
      return;
    }
    if ((event.action === 'skip' || event.action === 'match') && !this.mode.verbose) return;
    const verb = event.dryRun ? (WOULD[event.action] ?? VERB[event.action]) : VERB[event.action];
    const size = event.size === undefined || event.action === 'mkdir' ? '' : ` (${formatBytes(event.size)})`;
    const error = event.error ? `: ${event.error}` : '';
    this.print(`${verb} ${event.path}${size}${error}`, event.action === 'fail');
  }

  /** Stops the display; the closing summary line (or event). */
  end(kind: 'transfer' | 'check', interrupted: boolean): void {
    if (this.timer) clearInterval(this.timer);
    this.live?.clear();
    this.live?.done();
    const elapsed = performance.now() - this.started;
    const s = this.summary;
    if (this.mode.json) {
      this.json({ event: 'summary', ...s, seconds: Math.round(elapsed) / 1000, interrupted });
      return;
    }
    const line =
      kind === 'check'
        ? `check: ${s.matched} matching, ${s.missing} missing, ${s.extra} extra, ${s.differ} differing, ${s.failed} failed, ${formatDuration(elapsed)}`
        : this.dryRun
          ? `dry run, nothing changed: ${s.copied} would be copied, ${s.skipped} unchanged, ${s.deleted} would be deleted`
          : `${interrupted ? 'interrupted' : 'done'}: ${s.copied} copied, ${s.skipped} unchanged, ${s.deleted} deleted, ${s.failed} failed, ${formatBytes(s.bytes)} in ${formatDuration(elapsed)}`;
    this.io.stdout.write(`${line}\n`);
  }

  /** One progress line: total, rate, ETA and the files in flight. */
  progressLine(): string {
    const elapsed = (performance.now() - this.started) / 1000;
    const inFlight = [...this.active.values()].reduce((n, a) => n + a.bytes, 0);
    const bytes = this.doneBytes + inFlight;
    const rate = elapsed > 0 ? bytes / elapsed : 0;
    const left = Math.max(0, this.totalBytes - bytes);
    const eta = rate > 0 ? formatDuration((left / rate) * 1000) : '-';
    const pct = this.totalBytes > 0 ? Math.floor((bytes / this.totalBytes) * 100) : 100;
    return `${this.doneFiles}/${this.totalFiles} files, ${formatBytes(bytes)}/${formatBytes(this.totalBytes)} (${pct}%), ${formatBytes(rate)}/s, ETA ${eta}`;
  }

  private tick(): void {
    if (this.live) {
      const files = [...this.active.entries()]
        .slice(0, 8)
        .map(([path, a]) => `  ${path}  ${formatBytes(a.bytes)}/${formatBytes(a.size)}`);
      this.live([`Transferred: ${this.progressLine()}`, ...files].join('\n'));
    } else {
      this.io.stderr.write(`progress: ${this.progressLine()}\n`);
    }
  }

  private print(line: string, error: boolean): void {
    this.live?.clear();
    (error ? this.io.stderr : this.io.stdout).write(`${line}\n`);
    // Redraw at once below the new line, so the live display never disappears between ticks.
    if (this.live && this.timer) this.tick();
  }

  private json(value: Record<string, unknown>): void {
    this.io.stdout.write(`${JSON.stringify(value)}\n`);
  }
}

function rest(event: ItemEvent): Record<string, unknown> {
  return {
    ...(event.size === undefined ? {} : { size: event.size }),
    ...(event.error === undefined ? {} : { error: event.error }),
    ...(event.dryRun ? { dryRun: true } : {}),
  };
}
