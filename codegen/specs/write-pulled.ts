import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { repoPath, sha256 } from '../files.js';
import type { Pulled } from './pull/index.js';
import { recordPull } from './source-json.js';

/**
 * Writes pulled specs in place of ours and records each one in source.json (origin, what was read, sha256), or,
 * with `out`, writes a single spec there and leaves the repository alone. Returns one line per spec for the log.
 */
export function writePulled(root: string, provider: string, pulled: readonly Pulled[], out?: string): string[] {
  const lines: string[] = [];
  if (out !== undefined) {
    if (pulled.length !== 1) throw new Error(`${provider} specs:pull: --out takes one spec; pick it with --spec`);
  }
  for (const item of pulled) {
    for (const warning of item.warnings) lines.push(`  warning: ${item.spec.file}: ${warning}`);
    const short = sha256(item.content).slice(0, 12);
    if (out !== undefined) {
      const target = resolve(out);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, item.content);
      lines.push(`  wrote ${target} from ${item.pulledFrom} (sha256 ${short}…); ${item.spec.repoPath} untouched`);
      continue;
    }
    const same = item.previous === item.content;
    if (!same) writeFileSync(item.spec.absolutePath, item.content);
    recordPull(root, provider, {
      file: item.spec.file,
      kind: item.spec.kind,
      content: item.content,
      origin: item.origin,
      pulledFrom: item.pulledFrom,
    });
    lines.push(
      `  ${same ? 'unchanged' : 'wrote'} ${repoPath(root, item.spec.absolutePath)} from ${item.pulledFrom} (sha256 ${short}…)`,
    );
  }
  return lines;
}
