import { inspect } from 'node:util';

/** Shorter values would match ordinary text by chance; every secret the providers use is longer. */
const MIN_SECRET_LENGTH = 6;

/**
 * Collects every diagnostic text a run produces (error messages, stacks, JSON and inspect forms, log lines,
 * console output) and counts the ones that contain a secret.
 */
export class SecretScan {
  readonly #texts: string[] = [];

  addText(text: string): void {
    this.#texts.push(text);
  }

  /** All the forms a user could print an error in. */
  addError(error: unknown): void {
    if (error instanceof Error) {
      this.#texts.push(error.message, error.stack ?? '');
    } else {
      this.#texts.push(String(error));
    }
    try {
      this.#texts.push(JSON.stringify(error) ?? '');
    } catch {
      // A circular non-error value: inspect below still renders it.
    }
    this.#texts.push(inspect(error, { depth: 8, showHidden: false }));
  }

  get size(): number {
    return this.#texts.length;
  }

  /** Texts that contain any of the secrets; each (text, secret) pair counts once. */
  leaks(secrets: Iterable<string>): { count: number; examples: string[] } {
    const candidates = [...new Set(secrets)].filter((secret) => secret.length >= MIN_SECRET_LENGTH);
    let count = 0;
    const examples: string[] = [];
    for (const text of this.#texts) {
      for (const secret of candidates) {
        if (!text.includes(secret) && !text.includes(encodeURIComponent(secret))) continue;
        count++;
        // Never echo the secret itself in the report.
        if (examples.length < 5) examples.push(text.split(secret).join('<SECRET>').slice(0, 300));
      }
    }
    return { count, examples };
  }
}

/** Routes console output into the scan while `action` runs (and keeps it off the terminal). */
export async function captureConsole<T>(scan: SecretScan, action: () => Promise<T>): Promise<T> {
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const saved = methods.map((name) => console[name]);
  for (const name of methods) {
    console[name] = (...args: unknown[]) => {
      scan.addText(args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 6 }))).join(' '));
    };
  }
  try {
    return await action();
  } finally {
    methods.forEach((name, index) => {
      const original = saved[index];
      if (original !== undefined) console[name] = original;
    });
  }
}
