import type { SandboxProvider } from '@fileclients/sandbox';
import type { Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';

const ALIASES: Readonly<Record<string, SandboxProvider>> = {
  box: 'boxnet',
  carbonio: 'carbonio-files',
  pro7: 'afterlogic-pro7',
};

/**
 * `sandbox PROVIDER`: a local fake server in the foreground, and the `remote add` line that reaches it. The
 * sandbox's password is a fixed, published test credential (not a secret), so it is printed for the newcomer.
 */
export async function sandbox(ctx: Context, name: string): Promise<number> {
  // Loaded only here: the sandboxes bring soap and graphql servers, which no other command needs in memory.
  const { sandboxProviders, startSandbox } = await import('@fileclients/sandbox');
  const provider = sandboxProviders.find((p) => p === name) ?? ALIASES[name];
  if (provider === undefined) {
    throw new UsageError(`no sandbox for "${name}"`, `use one of ${sandboxProviders.join(', ')}`);
  }
  const server = await startSandbox(provider);
  const credentials = server.credentials as unknown as Record<string, unknown>;
  const user = String(credentials.username ?? credentials.login ?? credentials.email ?? '');
  const password = String(credentials.password ?? '');
  const apiKey = typeof credentials.apiKey === 'string' ? ` FILECLIENTS_API_KEY=${credentials.apiKey}` : '';
  const remote = `sandbox-${provider.split('-')[0]}`;
  ctx.out(`${provider} sandbox listening on ${server.url} (Ctrl-C stops it)`);
  ctx.out('add it as a remote with:');
  ctx.out(
    `  FILECLIENTS_PASSWORD=${password}${apiKey} fileclients remote add ${remote} --provider ${provider} --url ${server.url} --user ${user}`,
  );
  await new Promise<void>((resolve) => {
    if (ctx.io.signal?.aborted) resolve();
    ctx.io.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  await server.stop();
  ctx.out('sandbox stopped');
  return EXIT.ok;
}
