import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from './files.js';
import { formatTypeScript } from './format.js';
import { generateGraphql } from './generators/graphql.js';
import { generateOpenapi } from './generators/openapi.js';
import { generateSamples } from './generators/samples.js';
import type { GeneratedFile, GeneratorContext } from './generators/types.js';
import { generateWsdl } from './generators/wsdl.js';
import { renderHeader } from './header.js';
import { type Job, type ProviderManifest, readManifest } from './manifest.js';

function runJob(job: Job, ctx: GeneratorContext): Promise<GeneratedFile[]> {
  switch (job.kind) {
    case 'graphql':
      return generateGraphql(job, ctx);
    case 'openapi':
      return generateOpenapi(job, ctx);
    case 'wsdl':
      return generateWsdl(job, ctx);
    case 'samples':
      return generateSamples(job, ctx);
  }
}

/** A file as it should be on disk: absolute path and final text (header + formatted body). */
export interface RenderedFile {
  readonly path: string;
  readonly content: string;
}

/** Generates every file of one provider in memory. */
export async function renderProvider(root: string, manifest: ProviderManifest): Promise<RenderedFile[]> {
  const ctx: GeneratorContext = { root, specDir: manifest.specDir, provider: manifest.provider };
  const rendered: RenderedFile[] = [];
  for (const job of manifest.jobs) {
    for (const file of await runJob(job, ctx)) {
      const path = join(manifest.generatedDir, file.output);
      const header = renderHeader({ root, provider: manifest.provider, tools: file.tools, inputs: file.inputs });
      rendered.push({ path, content: formatTypeScript(header + file.content, repoPath(root, path)) });
    }
  }
  return rendered;
}

export interface Difference {
  readonly path: string;
  readonly reason: 'changed' | 'missing' | 'stale';
}

/**
 * Compares rendered files with the disk. A `.gen.ts` file in the generated folder that no job produces is stale
 * (a renamed output or a removed job) and counts as a difference too.
 */
export function compare(manifest: ProviderManifest, files: readonly RenderedFile[]): Difference[] {
  const differences: Difference[] = [];
  for (const file of files) {
    if (!existsSync(file.path)) differences.push({ path: file.path, reason: 'missing' });
    else if (readFileSync(file.path, 'utf8') !== file.content) differences.push({ path: file.path, reason: 'changed' });
  }
  const expected = new Set(files.map((f) => f.path));
  if (existsSync(manifest.generatedDir)) {
    for (const name of readdirSync(manifest.generatedDir).sort()) {
      const path = join(manifest.generatedDir, name);
      if (name.endsWith('.gen.ts') && !expected.has(path)) differences.push({ path, reason: 'stale' });
    }
  }
  return differences;
}

/** Writes rendered files and removes stale ones; returns the paths it changed. */
export function write(manifest: ProviderManifest, files: readonly RenderedFile[]): string[] {
  const changed: string[] = [];
  for (const difference of compare(manifest, files)) {
    if (difference.reason === 'stale') rmSync(difference.path);
    else {
      const file = files.find((f) => f.path === difference.path);
      if (!file) continue;
      mkdirSync(manifest.generatedDir, { recursive: true });
      writeFileSync(file.path, file.content);
    }
    changed.push(difference.path);
  }
  return changed;
}

export { readManifest };
