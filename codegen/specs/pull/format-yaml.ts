import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Formats YAML with the repository's Biome settings, as `pnpm format` does to the specs we write by hand, so a pulled
 * spec reads like ours and pulling our own spec back gives the same bytes. `virtualPath` (relative to `root`) picks
 * the settings; nothing is written.
 */
export function formatYaml(root: string, source: string, virtualPath: string): string {
  const biome = join(dirname(require.resolve('@biomejs/biome/package.json')), 'bin', 'biome');
  const result = spawnSync(process.execPath, [biome, 'format', `--stdin-file-path=${virtualPath}`], {
    cwd: root,
    input: source,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (result.status !== 0 || result.stdout === '') {
    throw new Error(`biome could not format ${virtualPath}:\n${result.stderr || result.stdout}`);
  }
  return result.stdout;
}
