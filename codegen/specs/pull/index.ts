import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { parseWsdl } from '../diff/wsdl.js';
import { readSource, type SourceEntry } from '../source-json.js';
import { type SpecFile, specFilesOf } from '../spec-files.js';
import { formatYaml } from './format-yaml.js';
import { carbonioLogin, introspect, schemaFromText } from './graphql.js';
import { normaliseOpenapi, validateOpenapi } from './openapi.js';
import { displayUrl, isUrl, readInput } from './read-input.js';

export interface PullOptions {
  /** A file or URL to read instead of the live server. */
  readonly from?: string;
  /** Which spec file of the provider to replace (default: every one a live pull covers, or the first). */
  readonly spec?: string;
  readonly env: NodeJS.ProcessEnv;
  /** Where relative --from paths are resolved. */
  readonly cwd: string;
}

/** One spec as pulled, not yet written. */
export interface Pulled {
  readonly spec: SpecFile;
  readonly content: string;
  readonly previous: string | undefined;
  readonly origin: SourceEntry['origin'];
  /** What was read, without credentials. */
  readonly pulledFrom: string;
  readonly warnings: readonly string[];
}

const DOCUMENT_SUFFIX = /\.(graphqls?|gql|sdl|json|ya?ml|wsdl|xml)$/i;

/** Environment variable holding a provider's server URL: CARBONIO_URL, BOXNET_URL, … (as the examples use). */
function urlVariable(entry: SourceEntry | undefined): string | undefined {
  return entry?.live?.baseUrlEnv;
}

function pick(provider: string, files: readonly SpecFile[], name: string | undefined): SpecFile {
  if (name === undefined) {
    const first = files[0];
    if (!first)
      throw new Error(`${provider} specs:pull: specs/${provider}/codegen.json names no GraphQL, OpenAPI or WSDL spec`);
    return first;
  }
  const found = files.find((f) => f.file === name);
  if (!found) {
    throw new Error(
      `${provider} specs:pull: --spec ${name} is not a spec of ${provider} (${files.map((f) => f.file).join(', ')})`,
    );
  }
  return found;
}

/** The spec we hold, parsed, to order a pulled document like it; undefined when absent or unreadable. */
function reference(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return parseYaml(text);
  } catch {
    return undefined;
  }
}

function current(spec: SpecFile): string | undefined {
  return existsSync(spec.absolutePath) ? readFileSync(spec.absolutePath, 'utf8') : undefined;
}

/** Turns fetched text into the spec we hold: validated, and normalised where the language allows it. */
async function convert(
  root: string,
  provider: string,
  spec: SpecFile,
  text: string,
  label: string,
): Promise<{ content: string; warnings: string[] }> {
  switch (spec.kind) {
    case 'graphql':
      return { content: schemaFromText(provider, text, label), warnings: [] };
    case 'openapi': {
      let content: string;
      try {
        content = formatYaml(root, normaliseOpenapi(text, reference(current(spec))), spec.repoPath);
      } catch (error) {
        throw new Error(
          `${provider} specs:pull: ${label} is not YAML or JSON: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const result = await validateOpenapi(content, current(spec), spec.absolutePath);
      if (result.fresh.length > 0) {
        throw new Error(
          `${provider} specs:pull: ${label} is not a valid OpenAPI document:\n  ${result.fresh.join('\n  ')}`,
        );
      }
      return {
        content,
        warnings: result.known.map((p) => `already in the spec we hold: ${p}`),
      };
    }
    case 'wsdl': {
      // Saved WSDLs often carry CRLF; the spec we hold uses LF like every file in the repository.
      const content = text.replace(/\r\n?/g, '\n');
      const model = parseWsdl(content, label);
      if (model.operations.size === 0) throw new Error(`${provider} specs:pull: ${label} declares no operation`);
      return { content: content.endsWith('\n') ? content : `${content}\n`, warnings: [] };
    }
  }
}

/**
 * Brings specs in without writing them: from --from (a file, a document URL, a GraphQL endpoint or a server base
 * URL) or, without --from, from the live endpoints source.json names, at the URL the provider's environment
 * variable gives (CARBONIO_URL, …).
 */
export async function pullProvider(root: string, provider: string, options: PullOptions): Promise<Pulled[]> {
  const { files } = specFilesOf(root, provider);
  const source = readSource(root, provider);
  const entryOf = (spec: SpecFile) => source?.specs.find((s) => s.file === spec.file);
  const from = options.from;

  const liveTargets = (base: string) => {
    const targets = files.filter((f) => entryOf(f)?.live && (options.spec === undefined || f.file === options.spec));
    if (targets.length === 0) {
      throw new Error(
        `${provider} specs:pull: source.json names no live endpoint${options.spec ? ` for ${options.spec}` : ''}`,
      );
    }
    return targets.map((spec) => ({ spec, base }));
  };

  if (from === undefined) {
    const names = [...new Set(files.map((f) => urlVariable(entryOf(f))).filter((v): v is string => v !== undefined))];
    const variable = names[0];
    const base = variable ? options.env[variable] : undefined;
    if (!variable || !base) {
      throw new Error(
        `${provider} specs:pull: nothing to read: pass --from <file-or-url>${variable ? ` or set ${variable} to a running server` : ''}`,
      );
    }
    return pullLive(root, provider, liveTargets(base), entryOf, options.env);
  }

  const pathname = isUrl(from) ? new URL(from).pathname : from;
  const isServer = isUrl(from) && !DOCUMENT_SUFFIX.test(pathname) && !from.includes('?');
  if (isServer && files.some((f) => f.kind === 'graphql')) {
    // A GraphQL endpoint itself (…/graphql) or a server base URL.
    const endpointMatch = files.find((f) => {
      const live = entryOf(f)?.live;
      return live && pathname.replace(/\/+$/, '').endsWith(live.endpoint);
    });
    if (endpointMatch) {
      const live = entryOf(endpointMatch)?.live;
      const url = new URL(from);
      const base = `${url.origin}${url.pathname.replace(/\/+$/, '').slice(0, -(live?.endpoint.length ?? 0))}`;
      return pullLive(root, provider, [{ spec: endpointMatch, base }], entryOf, options.env);
    }
    return pullLive(root, provider, liveTargets(from.replace(/\/+$/, '')), entryOf, options.env);
  }

  const spec = pick(provider, files, options.spec);
  const label = isUrl(from) ? displayUrl(from) : from;
  const text = await readInput(provider, from, options.cwd);
  const { content, warnings } = await convert(root, provider, spec, text, label);
  return [
    {
      spec,
      content,
      previous: current(spec),
      origin: isUrl(from) && spec.kind === 'wsdl' && /\?wsdl$/i.test(from) ? 'live-server' : 'upstream',
      pulledFrom: label,
      warnings,
    },
  ];
}

async function pullLive(
  root: string,
  provider: string,
  targets: readonly { spec: SpecFile; base: string }[],
  entryOf: (spec: SpecFile) => SourceEntry | undefined,
  env: NodeJS.ProcessEnv,
): Promise<Pulled[]> {
  const pulled: Pulled[] = [];
  let token: string | undefined;
  for (const { spec, base } of targets) {
    const live = entryOf(spec)?.live;
    if (!live) continue;
    const url = `${base}${live.endpoint}`;
    let content: string;
    if (spec.kind === 'graphql') {
      if (live.auth === 'carbonio' && token === undefined) {
        token = await carbonioLogin(provider, base, env);
      }
      content = await introspect({ provider, base, live, env, ...(token ? { token } : {}) });
    } else {
      content = (await convert(root, provider, spec, await readInput(provider, url, process.cwd()), displayUrl(url)))
        .content;
    }
    pulled.push({
      spec,
      content,
      previous: current(spec),
      origin: 'live-server',
      pulledFrom: `${displayUrl(base).replace(/\/+$/, '')}${live.endpoint}`,
      warnings: [],
    });
  }
  return pulled;
}
