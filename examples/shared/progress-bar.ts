/**
 * A one-line terminal progress bar for the examples' transfers. Copy it along with an example, or replace it with
 * your own: the clients only call `onProgress({ bytes, total })`.
 */
export interface ProgressEvent {
  readonly bytes: number;
  readonly total?: number | undefined;
}

const WIDTH = 30;

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

export function progressBar(label: string): { update(event: ProgressEvent): void; done(): void } {
  const interactive = process.stdout.isTTY === true;
  let lastDrawn = -1;
  const draw = (event: ProgressEvent, final: boolean): void => {
    const fraction = event.total ? Math.min(1, event.bytes / event.total) : undefined;
    const filled = fraction === undefined ? 0 : Math.round(fraction * WIDTH);
    const bar = fraction === undefined ? '?'.repeat(WIDTH) : '#'.repeat(filled) + '-'.repeat(WIDTH - filled);
    const amount = event.total ? `${formatBytes(event.bytes)} / ${formatBytes(event.total)}` : formatBytes(event.bytes);
    const line = `${label} [${bar}] ${amount}`;
    if (interactive) process.stdout.write(`\r${line}${final ? '\n' : ''}`);
    else if (final || filled !== lastDrawn) {
      // Not a terminal (CI logs): print a line only when the bar moves a step, so the log stays short.
      if (final || filled % 10 === 0) process.stdout.write(`${line}\n`);
    }
    lastDrawn = filled;
  };
  let last: ProgressEvent = { bytes: 0 };
  return {
    update(event) {
      last = event;
      draw(event, false);
    },
    done() {
      draw(last, true);
    },
  };
}
