import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { check } from './check.js';
import { cat, ls, mkdir, mv, rm, stat } from './commands/files.js';
import { registerRemote } from './commands/remote.js';
import { sandbox } from './commands/sandbox.js';
import { Context, type GlobalOptions } from './context.js';
import { describeError, EXIT } from './errors.js';
import type { Io } from './io.js';
import { transfer } from './transfer.js';

interface TransferFlags {
  readonly dryRun?: boolean;
  readonly delete?: boolean;
  readonly transfers: number;
  readonly retries: number;
  readonly checksum?: boolean;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return n;
}

/**
 * Runs one `fileclients` command line (without `node` and the script) and resolves with its exit code. Nothing
 * here exits the process or reads process globals: the executable passes them in `io`.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('fileclients');
  const globals = (): GlobalOptions => program.opts<GlobalOptions>();
  const run = async (fn: (ctx: Context) => Promise<number> | number): Promise<void> => {
    const ctx = new Context(io, globals());
    try {
      code = await fn(ctx);
    } catch (error) {
      const { line, exitCode } = describeError(error);
      io.stderr.write(`fileclients: ${line}\n`);
      if (globals().verbose && error instanceof Error && error.stack)
        io.stderr.write(`${describeError({ message: error.stack }).line}\n`);
      code = exitCode;
    }
  };
  program
    .description(
      'list, copy, sync and check files between Carbonio Files, Afterlogic Pro 7, Box.net, FileCloud and the local disk',
    )
    .option('--config <file>', 'the config file (default: $XDG_CONFIG_HOME/fileclients/config.json)')
    .option('-v, --verbose', 'say more, and show stack traces of errors')
    .option('--json', 'line-delimited JSON on stdout, for scripts')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(fileclients --help lists the commands)');

  registerRemote(program, run);
  program
    .command('ls')
    .argument('<address>', 'remote:path or a local path')
    .option('-R, --recursive', 'list everything below')
    .description('list a folder: size, modification time, path')
    .action((address: string, o: { recursive?: boolean }) => run((ctx) => ls(ctx, address, o)));
  program
    .command('stat')
    .argument('<address>')
    .description('show one file or folder')
    .action((address: string) => run((ctx) => stat(ctx, address)));
  program
    .command('cat')
    .argument('<address>')
    .description('print a file to stdout')
    .action((address: string) => run((ctx) => cat(ctx, address)));
  program
    .command('mkdir')
    .argument('<address>')
    .option('-p, --parents', 'make missing parents; no error when it exists')
    .option('-n, --dry-run', 'print what would be done, change nothing')
    .description('make a folder')
    .action((address: string, o: { parents?: boolean; dryRun?: boolean }) => run((ctx) => mkdir(ctx, address, o)));
  program
    .command('rm')
    .argument('<address>')
    .option('-r, --recursive', 'delete a folder with everything in it')
    .option('-n, --dry-run', 'print what would be done, change nothing')
    .description('delete a file or folder')
    .action((address: string, o: { recursive?: boolean; dryRun?: boolean }) => run((ctx) => rm(ctx, address, o)));
  program
    .command('mv')
    .argument('<source>')
    .argument('<target>')
    .option('-n, --dry-run', 'print what would be done, change nothing')
    .description('move or rename; between remotes: copy, then delete the source')
    .action((s: string, t: string, o: { dryRun?: boolean }) => run((ctx) => mv(ctx, s, t, o)));

  const transferCommand = (name: 'cp' | 'sync', description: string) => {
    const cmd = program
      .command(name)
      .argument('<source>')
      .argument('<destination>')
      .option('-n, --dry-run', 'print exactly what would be done, change nothing')
      .option('--transfers <n>', 'files in flight at once', positive, 4)
      .option('--retries <n>', 'attempts per file', positive, 3)
      .option('--checksum', 'compare contents (downloading when no common hash is reported)')
      .description(description);
    if (name === 'sync') cmd.option('--delete', 'delete destination files the source does not have');
    cmd.action((s: string, d: string, o: TransferFlags) =>
      run(async (ctx) => {
        const src = await ctx.location(s);
        const dst = await ctx.location(d);
        return transfer(src, dst, ctx.reporter(), {
          dryRun: o.dryRun === true,
          delete: name === 'sync' && o.delete === true,
          transfers: o.transfers,
          retries: o.retries,
          checksum: o.checksum === true,
          ...(io.signal ? { signal: io.signal } : {}),
        });
      }),
    );
  };
  transferCommand('cp', "copy a file or a folder's contents; unchanged files are skipped");
  transferCommand('sync', 'make the destination like the source (extras are kept unless --delete)');
  program
    .command('check')
    .argument('<source>')
    .argument('<destination>')
    .option('--checksum', 'compare contents (downloading when no common hash is reported)')
    .option('--transfers <n>', 'comparisons at once', positive, 4)
    .description('report files missing, extra or differing; exit 1 when any')
    .action((s: string, d: string, o: { checksum?: boolean; transfers: number }) =>
      run(async (ctx) =>
        check(await ctx.location(s), await ctx.location(d), ctx.reporter(), {
          checksum: o.checksum === true,
          transfers: o.transfers,
          ...(io.signal ? { signal: io.signal } : {}),
        }),
      ),
    );
  program
    .command('sandbox')
    .argument('<provider>', 'boxnet, carbonio-files, filecloud or afterlogic-pro7')
    .description('start a local sandbox server in the foreground and print the remote add line for it')
    .action((provider: string) => run((ctx) => sandbox(ctx, provider)));

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
        ? EXIT.ok
        : EXIT.usage;
    }
    throw error;
  }
  return code;
}
