import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isRemoteName } from './address.js';
import { CliError, EXIT, UsageError } from './errors.js';

export const PROVIDERS = ['boxnet', 'carbonio-files', 'filecloud', 'afterlogic-pro7', 'local'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

const ALIASES: Readonly<Record<string, ProviderName>> = {
  box: 'boxnet',
  carbonio: 'carbonio-files',
  pro7: 'afterlogic-pro7',
  afterlogic: 'afterlogic-pro7',
};

/** One remote as stored. `password` and `apiKey` are secrets: never printed, logged or put into an error. */
export interface RemoteConfig {
  readonly provider: ProviderName;
  readonly url?: string;
  readonly user?: string;
  readonly password?: string;
  /** Box.net: the application's API key. */
  readonly apiKey?: string;
  /** Box.net: where uploads go (default: the URL). */
  readonly uploadUrl?: string;
  /** The folder on the server that is this remote's `/` (FileCloud default: `/<user>`; local: the folder). */
  readonly root?: string;
}

export interface ConfigFile {
  readonly remotes: Readonly<Record<string, RemoteConfig>>;
}

export function parseProvider(text: string): ProviderName {
  const found = PROVIDERS.find((p) => p === text) ?? ALIASES[text];
  if (found === undefined) {
    throw new UsageError(`unknown provider "${text}"`, `use one of ${PROVIDERS.join(', ')}`);
  }
  return found;
}

/** `$XDG_CONFIG_HOME/fileclients/config.json`, else `~/.config/fileclients/config.json`. */
export function defaultConfigPath(env: NodeJS.ProcessEnv, home: string): string {
  const base = env.XDG_CONFIG_HOME?.startsWith('/') ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(base, 'fileclients', 'config.json');
}

export function readConfig(path: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { remotes: {} };
    throw new CliError(`cannot read the config file ${path}`, 'check its permissions', EXIT.usage);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CliError(`the config file ${path} is not valid JSON`, 'fix or remove it', EXIT.usage);
  }
  return { remotes: checkRemotes(parsed, path) };
}

function checkRemotes(parsed: unknown, path: string): Record<string, RemoteConfig> {
  const bad = (what: string) => new CliError(`the config file ${path} ${what}`, 'fix or remove it', EXIT.usage);
  if (typeof parsed !== 'object' || parsed === null) throw bad('is not an object');
  const remotes = (parsed as { remotes?: unknown }).remotes ?? {};
  if (typeof remotes !== 'object' || remotes === null) throw bad('has no "remotes" object');
  const out: Record<string, RemoteConfig> = {};
  for (const [name, value] of Object.entries(remotes)) {
    if (typeof value !== 'object' || value === null) throw bad(`has a remote "${name}" that is not an object`);
    const record = value as Record<string, unknown>;
    const strings: Record<string, string> = {};
    for (const key of ['url', 'user', 'password', 'apiKey', 'uploadUrl', 'root']) {
      const field = record[key];
      if (field === undefined) continue;
      if (typeof field !== 'string') throw bad(`has a remote "${name}" whose ${key} is not a string`);
      strings[key] = field;
    }
    if (typeof record.provider !== 'string') throw bad(`has a remote "${name}" without a provider`);
    out[name] = { ...strings, provider: parseProvider(record.provider) };
  }
  return out;
}

/** Writes the config readable by its owner only (0600), atomically. */
export function writeConfig(path: string, config: ConfigFile): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, path);
}

const ENV_PREFIX = 'FILECLIENTS_REMOTE_';
const ENV_FIELDS: Readonly<Record<string, keyof RemoteConfig>> = {
  PROVIDER: 'provider',
  URL: 'url',
  USER: 'user',
  PASSWORD: 'password',
  API_KEY: 'apiKey',
  UPLOAD_URL: 'uploadUrl',
  ROOT: 'root',
};

/**
 * Remotes from the environment alone (for CI), as rclone's RCLONE_CONFIG_<NAME>_<KEY>:
 * `FILECLIENTS_REMOTE_<NAME>_PROVIDER` (required), `_URL`, `_USER`, `_PASSWORD`, `_API_KEY`, `_UPLOAD_URL`, `_ROOT`.
 * The remote's name is `<NAME>` in lower case. They take precedence over the config file.
 */
export function remotesFromEnv(env: NodeJS.ProcessEnv): Record<string, RemoteConfig> {
  const fields = new Map<string, Record<string, string>>();
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith(ENV_PREFIX) || value === undefined) continue;
    const rest = key.slice(ENV_PREFIX.length);
    const suffix = Object.keys(ENV_FIELDS)
      .sort((a, b) => b.length - a.length)
      .find((s) => rest.endsWith(`_${s}`));
    if (suffix === undefined) continue;
    const name = rest.slice(0, -(suffix.length + 1)).toLowerCase();
    const field = ENV_FIELDS[suffix];
    if (name === '' || field === undefined || !isRemoteName(name)) continue;
    const record = fields.get(name) ?? {};
    record[field] = value;
    fields.set(name, record);
  }
  const out: Record<string, RemoteConfig> = {};
  for (const [name, record] of fields) {
    if (record.provider === undefined) continue;
    out[name] = { ...record, provider: parseProvider(record.provider) };
  }
  return out;
}
