import type { Command } from 'commander';
import { isRemoteName } from '../address.js';
import { type ProviderName, parseProvider, type RemoteConfig, remotesFromEnv, writeConfig } from '../config.js';
import type { Context } from '../context.js';
import { CliError, EXIT, UsageError } from '../errors.js';

interface AddOptions {
  readonly provider: string;
  readonly url?: string;
  readonly user?: string;
  readonly root?: string;
  readonly uploadUrl?: string;
}

async function secret(ctx: Context, name: string, envName: string, what: string): Promise<string> {
  const fromEnv = ctx.io.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (ctx.io.askSecret === undefined) {
    throw new UsageError(`no ${what} for remote "${name}"`, `set ${envName}, or run in a terminal to be asked`);
  }
  const answer = await ctx.io.askSecret(`${what} for ${name}:`);
  if (answer === '') throw new UsageError(`an empty ${what}`, 'type it at the prompt');
  return answer;
}

export async function remoteAdd(ctx: Context, name: string, options: AddOptions): Promise<number> {
  if (!isRemoteName(name) || name === 'local') {
    throw new UsageError(`"${name}" cannot name a remote`, 'use letters, digits, "_", "." and "-" (and not "local")');
  }
  const provider: ProviderName = parseProvider(options.provider);
  let remote: RemoteConfig = { provider, ...(options.root === undefined ? {} : { root: options.root }) };
  if (provider !== 'local') {
    if (options.url === undefined)
      throw new UsageError(`remote "${name}" needs --url`, "the server's base URL, e.g. https://files.example.com");
    if (options.user === undefined)
      throw new UsageError(`remote "${name}" needs --user`, 'the login name on that server');
    const password = await secret(ctx, name, 'FILECLIENTS_PASSWORD', 'password');
    const apiKey = provider === 'boxnet' ? await secret(ctx, name, 'FILECLIENTS_API_KEY', 'API key') : undefined;
    remote = {
      ...remote,
      url: options.url,
      user: options.user,
      password,
      ...(apiKey === undefined ? {} : { apiKey }),
      ...(options.uploadUrl === undefined ? {} : { uploadUrl: options.uploadUrl }),
    };
  }
  const config = ctx.config();
  writeConfig(ctx.configPath, { remotes: { ...config.remotes, [name]: remote } });
  ctx.out(`remote "${name}" (${provider}) saved in ${ctx.configPath}`);
  return EXIT.ok;
}

export function remoteList(ctx: Context): number {
  const fromEnv = remotesFromEnv(ctx.io.env);
  const all = ctx.remotes();
  for (const name of Object.keys(all).sort()) {
    const r = all[name] as RemoteConfig;
    const source = name in fromEnv ? 'env' : 'config';
    if (ctx.options.json) {
      // Never the secrets themselves: whether they are set.
      ctx.out(
        JSON.stringify({
          name,
          provider: r.provider,
          ...(r.url ? { url: r.url } : {}),
          ...(r.user ? { user: r.user } : {}),
          ...(r.root ? { root: r.root } : {}),
          password: r.password ? 'set' : 'unset',
          source,
        }),
      );
    } else {
      const where = [r.url, r.user ? `user ${r.user}` : undefined, r.root ? `root ${r.root}` : undefined]
        .filter((x) => x !== undefined)
        .join(', ');
      ctx.out(`${name}: ${r.provider}${where ? ` (${where})` : ''}${r.password ? ', password set' : ''} [${source}]`);
    }
  }
  return EXIT.ok;
}

export function remoteRemove(ctx: Context, name: string): number {
  const config = ctx.config();
  if (!(name in config.remotes)) {
    if (name in remotesFromEnv(ctx.io.env)) {
      throw new UsageError(
        `remote "${name}" comes from the environment`,
        `unset its FILECLIENTS_REMOTE_${name.toUpperCase()}_* variables`,
      );
    }
    throw new CliError(`no remote "${name}" in ${ctx.configPath}`, 'see fileclients remote list', EXIT.usage);
  }
  const { [name]: _removed, ...rest } = config.remotes;
  writeConfig(ctx.configPath, { remotes: rest });
  ctx.out(`remote "${name}" removed`);
  return EXIT.ok;
}

export function registerRemote(
  program: Command,
  run: (fn: (ctx: Context) => Promise<number> | number) => Promise<void>,
): void {
  const remote = program.command('remote').description('manage remotes (the servers addresses name)');
  remote
    .command('add')
    .argument('<name>', "the remote's name, used as name:path")
    .requiredOption('--provider <provider>', 'boxnet, carbonio-files, filecloud, afterlogic-pro7 or local')
    .option('--url <url>', "the server's base URL")
    .option('--user <user>', 'the login name')
    .option('--root <path>', "the folder on the server that is this remote's / (FileCloud default: /<user>)")
    .option('--upload-url <url>', 'Box.net: where uploads go (default: --url)')
    .description(
      'add or replace a remote; the password is asked without echo or read from FILECLIENTS_PASSWORD (Box.net API key: FILECLIENTS_API_KEY)',
    )
    .action((name: string, options: AddOptions) => run((ctx) => remoteAdd(ctx, name, options)));
  remote
    .command('list')
    .description('list the remotes (never their secrets)')
    .action(() => run((ctx) => remoteList(ctx)));
  remote
    .command('remove')
    .argument('<name>')
    .description('remove a remote from the config file')
    .action((name: string) => run((ctx) => remoteRemove(ctx, name)));
}
