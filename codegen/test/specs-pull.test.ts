import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema, getIntrospectionQuery, graphqlSync } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { diffSpec } from '../specs/diff/index.js';
import { type Pulled, pullProvider } from '../specs/pull/index.js';
import { normaliseOpenapi } from '../specs/pull/openapi.js';

const repo = join(import.meta.dirname, '..', '..');
const fixtures = join(import.meta.dirname, 'fixtures', 'spec-diff');

interface RunningSandbox {
  readonly url: string;
  readonly env: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}
type Starter = () => Promise<RunningSandbox>;

/** A sandbox starter exported by @fileclients/sandbox, or undefined while that provider's sandbox is not built. */
async function starter(name: string): Promise<Starter | undefined> {
  const sandbox: Record<string, unknown> = await import('@fileclients/sandbox');
  const start = sandbox[name];
  return typeof start === 'function' ? (start as Starter) : undefined;
}

/** The classified changes between the spec we hold and what was pulled. */
async function changesOf(pulled: Pulled) {
  return diffSpec(pulled.spec, pulled.previous, pulled.content);
}

// Sandboxes start real servers and the CLI-free pulls still parse whole specs: generous on a loaded 2-core machine.
describe('specs:pull from the sandboxes', { timeout: 120_000 }, () => {
  it('carbonio-files: introspects both schemas after a SOAP AuthRequest login; nothing a client sees differs', async (ctx) => {
    const start = await starter('startCarbonioFilesSandbox');
    if (!start) return ctx.skip('@fileclients/sandbox does not export startCarbonioFilesSandbox yet');
    const sandbox = await start();
    try {
      const pulled = await pullProvider(repo, 'carbonio-files', { env: { ...sandbox.env }, cwd: repo });
      expect(pulled.map((p) => [p.spec.file, p.origin, p.pulledFrom])).toEqual([
        ['schema.graphql', 'live-server', `${sandbox.url}/services/files/graphql`],
        ['public-schema.graphql', 'live-server', `${sandbox.url}/services/files/public/graphql`],
      ]);
      for (const item of pulled) {
        // Sorted SDL: a type we know is there, and the server's schema matches ours for every client-visible part
        // (the sandbox serves no descriptions, so only description changes may show).
        expect(item.content).toContain('type Query {');
        const changes = await changesOf(item);
        expect(changes.filter((c) => c.level !== 'safe')).toEqual([]);
        expect(changes.every((c) => /description/.test(c.kind))).toBe(true);
      }
    } finally {
      await sandbox.stop();
    }
  });

  it('carbonio-files: a refused login names the provider and the step, never the password', async (ctx) => {
    const start = await starter('startCarbonioFilesSandbox');
    if (!start) return ctx.skip('@fileclients/sandbox does not export startCarbonioFilesSandbox yet');
    const sandbox = await start();
    try {
      const env = { ...sandbox.env, CARBONIO_PASSWORD: 'not-the-password-4711' };
      const error = await pullProvider(repo, 'carbonio-files', { env, cwd: repo }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(String(error)).toMatch(/^Error: carbonio-files specs:pull: AuthRequest refused \(HTTP (422|500)\)/);
      expect(String(error)).not.toContain('not-the-password-4711');
      const noLogin = await pullProvider(repo, 'carbonio-files', {
        env: { CARBONIO_URL: sandbox.url },
        cwd: repo,
      }).catch((e: unknown) => e);
      expect(String(noLogin)).toContain('set CARBONIO_TOKEN, or CARBONIO_USERNAME and CARBONIO_PASSWORD');
    } finally {
      await sandbox.stop();
    }
  });

  it('boxnet: reads ?wsdl from the sandbox (URL or BOXNET_URL); only the endpoint address differs', async (ctx) => {
    const start = await starter('startBoxnetSandbox');
    if (!start) return ctx.skip('@fileclients/sandbox does not export startBoxnetSandbox yet');
    const sandbox = await start();
    try {
      const byUrl = await pullProvider(repo, 'boxnet', {
        from: `${sandbox.url}/api/1.0/soap?wsdl`,
        env: {},
        cwd: repo,
      });
      const byEnv = await pullProvider(repo, 'boxnet', { env: { ...sandbox.env }, cwd: repo });
      expect(byEnv[0]?.content).toBe(byUrl[0]?.content);
      const [pulled] = byUrl;
      if (!pulled) throw new Error('nothing pulled');
      expect(pulled.origin).toBe('live-server');
      expect(pulled.pulledFrom).toBe(`${sandbox.url}/api/1.0/soap?wsdl`);
      expect((await changesOf(pulled)).map((c) => `${c.level} ${c.kind}`)).toEqual(['safe address-changed']);
    } finally {
      await sandbox.stop();
    }
  });
});

describe('specs:pull from files', { timeout: 60_000 }, () => {
  it('carbonio-files: an SDL file or an introspection result becomes the same sorted SDL', async () => {
    const sdl = readFileSync(join(fixtures, 'graphql', 'base.graphql'), 'utf8');
    const introspection = graphqlSync({ schema: buildSchema(sdl), source: getIntrospectionQuery() });
    const dir = mkdtempSync(join(tmpdir(), 'fileclients-specs-pull-'));
    try {
      writeFileSync(join(dir, 'introspection.json'), JSON.stringify(introspection));
      const fromSdl = await pullProvider(repo, 'carbonio-files', {
        from: join(fixtures, 'graphql', 'base.graphql'),
        env: {},
        cwd: repo,
      });
      const fromJson = await pullProvider(repo, 'carbonio-files', {
        from: join(dir, 'introspection.json'),
        env: {},
        cwd: repo,
      });
      expect(fromSdl.map((p) => p.spec.file)).toEqual(['schema.graphql']);
      expect(fromJson[0]?.content).toBe(fromSdl[0]?.content);
      // lexicographicSortSchema: Mutation < Node < NodeType < Query
      const content = fromSdl[0]?.content ?? '';
      expect(content.indexOf('type Mutation')).toBeLessThan(content.indexOf('type Query'));
      expect(fromSdl[0]?.origin).toBe('upstream');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('afterlogic-pro7: validates and normalises an OpenAPI file (JSON in, YAML out, paths sorted)', async () => {
    const doc = parseYaml(readFileSync(join(fixtures, 'openapi-json', 'additive.yaml'), 'utf8'));
    const json = JSON.stringify(doc);
    const normalised = normaliseOpenapi(json);
    expect(normalised.startsWith('openapi: 3.1.0\ninfo:')).toBe(true);
    const paths = [...normalised.matchAll(/^ {2}(\/\S+):$/gm)].map((m) => m[1]);
    expect(paths).toEqual(['/Ajax/Files', '/Ajax/FilesFolderCreate', '/Ajax/FilesRename']);
    expect(parseYaml(normalised)).toEqual(doc);
    const pulled = await pullProvider(repo, 'afterlogic-pro7', {
      from: join(fixtures, 'openapi-json', 'additive.yaml'),
      env: {},
      cwd: repo,
    });
    expect(pulled[0]?.spec.file).toBe('openapi.yaml');
    expect(pulled[0]?.warnings).toEqual([]);
  });

  it.each(['afterlogic-pro7', 'filecloud'])(
    '%s: pulling our own spec back gives the same bytes (order aligned to ours, formatted by Biome)',
    async (provider) => {
      const [pulled] = await pullProvider(repo, provider, {
        from: `specs/${provider}/openapi.yaml`,
        env: {},
        cwd: repo,
      });
      if (!pulled) throw new Error('nothing pulled');
      expect(pulled.content).toBe(pulled.previous);
      expect(await changesOf(pulled)).toEqual([]);
      // Problems the spec we hold already has are reported, not fatal.
      for (const warning of pulled.warnings) expect(warning).toMatch(/^already in the spec we hold: /);
    },
  );

  it('refuses an invalid OpenAPI document, naming the provider and each problem', async () => {
    const error = await pullProvider(repo, 'filecloud', {
      from: join(fixtures, 'invalid-openapi.yaml'),
      env: {},
      cwd: repo,
    }).catch((e: unknown) => e);
    expect(String(error)).toContain('filecloud specs:pull:');
    expect(String(error)).toContain('is not a valid OpenAPI document');
    expect(String(error)).toContain("no-unresolved-refs: Can't resolve $ref");
    expect(String(error)).toContain('struct: The field `version` must be present on this level.');
  });

  it('refuses a file that is not a WSDL, and says what is missing', async () => {
    const error = await pullProvider(repo, 'boxnet', {
      from: join(fixtures, 'openapi-xml', 'base.yaml'),
      env: {},
      cwd: repo,
    }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/is not (well-formed XML|a WSDL 1\.1 document)/);
  });
});
