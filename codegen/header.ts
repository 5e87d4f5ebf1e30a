import { createRequire } from 'node:module';
import { repoPath, sha256, sha256File } from './files.js';

export interface Tool {
  readonly name: string;
  readonly version: string;
}

const require = createRequire(import.meta.url);

/** The installed version of a generator package, read from its package.json. */
export function toolVersion(name: string): Tool {
  const pkg: unknown = require(`${name}/package.json`);
  const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : 'unknown';
  return { name, version };
}

/**
 * The header of every generated file: the tool and its version, each input with its sha256, and the command that
 * regenerates it. Many inputs (a folder of operations) are summed into one line: the sha256 of their sorted
 * "path sha256" lines, so a change to any of them changes the header.
 */
export function renderHeader(options: {
  root: string;
  provider: string;
  tools: readonly Tool[];
  inputs: readonly string[];
}): string {
  const paths = [...options.inputs].map((p) => repoPath(options.root, p)).sort();
  const lines = [
    `// Generated code, do not edit: change the spec and run \`pnpm generate ${options.provider}\`.`,
    `// Tool: ${options.tools.map((t) => `${t.name} ${t.version}`).join(', ')}`,
  ];
  if (paths.length <= 3) {
    for (const p of paths) lines.push(`// Spec: ${p} sha256:${sha256File(`${options.root}/${p}`)}`);
  } else {
    const listing = paths.map((p) => `${p} ${sha256File(`${options.root}/${p}`)}`).join('\n');
    const dirs = [...new Set(paths.map((p) => p.slice(0, p.lastIndexOf('/'))))];
    lines.push(`// Spec: ${paths.length} files in ${dirs.join(', ')} sha256:${sha256(listing)}`);
  }
  return `${lines.join('\n')}\n\n`;
}
