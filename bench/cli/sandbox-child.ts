import { type SandboxProvider, startSandbox } from '@fileclients/sandbox';

// A sandbox in a process of its own (bench/cli/harness.ts starts it): prints {url, credentials} as one line, stops
// on SIGTERM. The second argument is the provider's options as JSON (e.g. Box's spaceAmount for a 1 GiB tree).
const provider = (process.argv[2] ?? '') as SandboxProvider;
const options = JSON.parse(process.argv[3] ?? '{}') as Record<string, unknown>;
const server = await startSandbox(provider, options);
process.stdout.write(`${JSON.stringify({ url: server.url, credentials: server.credentials })}\n`);
const stop = (): void => {
  server.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
