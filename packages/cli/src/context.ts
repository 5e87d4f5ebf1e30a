import { type Address, parseAddress } from './address.js';
import { type ConfigFile, defaultConfigPath, type RemoteConfig, readConfig, remotesFromEnv } from './config.js';
import { createLocator, type Location } from './connect.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { Reporter } from './reporter.js';

export interface GlobalOptions {
  readonly config?: string;
  readonly verbose?: boolean;
  readonly json?: boolean;
}

/** What every command needs: the io, the config, and a way to turn an address into a store location. */
export class Context {
  readonly configPath: string;
  private loaded: ConfigFile | undefined;
  private readonly locate: (address: Address) => Promise<Location>;

  constructor(
    readonly io: Io,
    readonly options: GlobalOptions,
  ) {
    this.configPath = options.config ?? defaultConfigPath(io.env, io.home);
    this.locate = createLocator({ get: (name) => this.remote(name) });
  }

  config(): ConfigFile {
    this.loaded ??= readConfig(this.configPath);
    return this.loaded;
  }

  /** Remotes from the environment win over the config file. */
  remotes(): Record<string, RemoteConfig> {
    return { ...this.config().remotes, ...remotesFromEnv(this.io.env) };
  }

  remote(name: string): RemoteConfig {
    const all = this.remotes();
    const found = all[name];
    if (found === undefined) {
      const known = Object.keys(all).sort();
      throw new UsageError(
        `unknown remote "${name}"`,
        known.length > 0
          ? `known remotes: ${known.join(', ')}; add one with fileclients remote add`
          : 'add one with fileclients remote add NAME --provider P --url U --user U',
      );
    }
    return found;
  }

  address(text: string): Address {
    return parseAddress(text, this.io.cwd, this.io.home);
  }

  location(text: string): Promise<Location> {
    return this.locate(this.address(text));
  }

  reporter(): Reporter {
    return new Reporter(this.io, { json: this.options.json === true, verbose: this.options.verbose === true });
  }

  out(line: string): void {
    this.io.stdout.write(`${line}\n`);
  }
}
