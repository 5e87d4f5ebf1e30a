/** Where a run reads and writes: the process in the executable, captured buffers in tests. */
export interface Io {
  readonly stdout: { write(data: string | Uint8Array): unknown; isTTY?: boolean };
  readonly stderr: { write(data: string | Uint8Array): unknown; isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly home: string;
  /** Asks for a secret without echoing it; absent when there is no terminal to ask on. */
  readonly askSecret?: (message: string) => Promise<string>;
  /** Aborted on Ctrl-C. */
  readonly signal?: AbortSignal;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
