// The `fileclients` command line as a library: run it in-process (tests, scripts), or reuse its pieces.
export { type Address, isRemoteName, parseAddress } from './address.js';
export {
  type ConfigFile,
  defaultConfigPath,
  PROVIDERS,
  type ProviderName,
  parseProvider,
  type RemoteConfig,
  readConfig,
  remotesFromEnv,
  writeConfig,
} from './config.js';
export { CliError, describeError, EXIT, type ExitCode } from './errors.js';
export type { Io } from './io.js';
export { runCli } from './program.js';
export { compareFiles, type Verdict } from './walk.js';
