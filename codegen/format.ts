import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function biomeBin(): string {
  const pkgJson = require.resolve('@biomejs/biome/package.json');
  return join(dirname(pkgJson), 'bin', 'biome');
}

/**
 * Formats (and applies Biome's safe fixes to) generated TypeScript in memory, exactly as `pnpm lint` would, so the
 * committed output passes the same lint and `--check` can compare without touching the disk. `virtualPath` decides
 * which Biome settings apply (the overrides for src/generated/).
 */
export function formatTypeScript(source: string, virtualPath: string): string {
  const result = spawnSync(process.execPath, [biomeBin(), 'check', '--write', `--stdin-file-path=${virtualPath}`], {
    input: source,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 || result.stdout === '') {
    throw new Error(`biome could not format ${virtualPath}:\n${result.stderr || result.stdout}`);
  }
  return result.stdout;
}
