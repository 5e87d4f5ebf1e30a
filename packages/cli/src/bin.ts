#!/usr/bin/env node
import { homedir } from 'node:os';
import password from '@inquirer/password';
import { runCli } from './program.js';

// The executable: process globals go in here, nothing else reads them. The first Ctrl-C stops cleanly (the command
// finishes the summary and says how far it got); a second one exits at once.
const controller = new AbortController();
let interrupts = 0;
process.on('SIGINT', () => {
  interrupts++;
  if (interrupts > 1) process.exit(130);
  process.stderr.write('\nstopping (Ctrl-C again to quit at once)…\n');
  controller.abort();
});
process.on('SIGTERM', () => controller.abort());

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  home: homedir(),
  signal: controller.signal,
  ...(process.stdin.isTTY ? { askSecret: (message: string) => password({ message, mask: false }) } : {}),
});
process.exitCode = code;
