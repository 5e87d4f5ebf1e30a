/**
 * Counts unhandled rejections and uncaught exceptions process-wide while armed. A fault that ends in one of these
 * is a bug even when the awaited call itself ended well.
 */
export class UnhandledCounter {
  #count = 0;
  readonly #examples: string[] = [];
  readonly #onRejection = (reason: unknown): void => this.#record(reason);
  readonly #onException = (error: unknown): void => this.#record(error);

  start(): void {
    process.on('unhandledRejection', this.#onRejection);
    process.on('uncaughtException', this.#onException);
  }

  stop(): void {
    process.off('unhandledRejection', this.#onRejection);
    process.off('uncaughtException', this.#onException);
  }

  get count(): number {
    return this.#count;
  }

  get examples(): readonly string[] {
    return this.#examples;
  }

  #record(reason: unknown): void {
    this.#count++;
    if (this.#examples.length < 5) {
      this.#examples.push(reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason));
    }
  }
}
