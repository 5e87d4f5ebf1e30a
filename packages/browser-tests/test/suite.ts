import type { Sandbox, SandboxOptions, SandboxProvider } from '@fileclients/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserRig, browserAvailable, openRig, patternSha256 } from './harness.js';

const MIB = 1024 * 1024;
const SIZE = 4 * MIB;

/**
 * The browser checks one provider must pass, in headless Chromium, the page on another origin than the server:
 * login, list, mkdir, upload a 4 MiB File with progress, download it to a Blob with progress and the same sha256,
 * abort mid-upload and mid-download (AbortError), a missing path (NotFoundError), logout.
 */
export function browserSuite(
  provider: SandboxProvider,
  start: (options: SandboxOptions) => Promise<Sandbox<unknown>>,
): void {
  describe.skipIf(!browserAvailable())(`${provider} in headless Chromium`, () => {
    let rig: BrowserRig;
    let root = '/';
    const folder = () => `${root === '/' ? '' : root}/from-the-browser`;
    const step = <T>(name: string, ...args: unknown[]): Promise<T> =>
      rig.page
        .evaluate(
          ([step, args]) =>
            (window.scenario as unknown as Record<string, (...a: unknown[]) => unknown>)[step]?.(...args),
          [name, args] as const,
        )
        .catch((error: unknown) => {
          throw new Error(`${name} failed in the page: ${String(error)}\npage errors: ${rig.pageErrors.join('\n')}`);
        }) as Promise<T>;

    beforeAll(async () => {
      rig = await openRig(provider, start);
    });
    afterAll(async () => {
      await rig?.close();
    });

    it('logs in and lists the root', async () => {
      const result = await step<{ root: string; names: string[] }>('login', rig.sandbox.env);
      root = result.root;
      expect(Array.isArray(result.names)).toBe(true);
      expect(result.names).not.toContain('from-the-browser');
    });

    it('creates a folder, which the listing then shows', async () => {
      expect(await step('mkdir', folder())).toEqual({ name: 'from-the-browser', kind: 'folder' });
      const listed = await step<Array<{ name: string; kind: string }>>('list', root);
      expect(listed.filter((entry) => entry.name === 'from-the-browser')).toEqual([
        expect.objectContaining({ name: 'from-the-browser', kind: 'folder' }),
      ]);
    });

    it('uploads a 4 MiB File with more than one progress event, ending at its size', async () => {
      const result = await step<{ size: number; progress: number[]; total: number[] }>(
        'upload',
        `${folder()}/four.bin`,
        SIZE,
      );
      expect(result.size).toBe(SIZE);
      expect(result.progress.filter((bytes) => bytes > 0 && bytes < SIZE).length).toBeGreaterThan(0);
      expect(result.progress.length).toBeGreaterThan(2);
      expect(result.progress.at(-1)).toBe(SIZE);
      expect([...result.progress].sort((a, b) => a - b)).toEqual(result.progress);
      expect(new Set(result.total)).toEqual(new Set([SIZE]));
      const listed = await step<Array<{ name: string; size: number }>>('list', folder());
      expect(listed).toEqual([expect.objectContaining({ name: 'four.bin', size: SIZE })]);
    });

    it('downloads it to a Blob with progress: the same 4 MiB, the same sha256', async () => {
      const result = await step<{ size: number; sha256: string; progress: number[] }>(
        'download',
        `${folder()}/four.bin`,
      );
      expect(result.size).toBe(SIZE);
      expect(result.sha256).toBe(patternSha256(SIZE));
      expect(result.progress.length).toBeGreaterThan(1);
      expect(result.progress.at(-1)).toBe(SIZE);
    });

    it('aborts an upload mid-transfer with AbortError, leaving no file under its name', async () => {
      const result = await step<{ abort: boolean; error: string; message: string }>(
        'abortUpload',
        `${folder()}/aborted.bin`,
        SIZE,
      );
      expect(result).toMatchObject({ abort: true, error: 'AbortError' });
      expect(result.message).toMatch(new RegExp(provider));
      expect(await step('stat', `${folder()}/aborted.bin`)).toMatchObject({ notFound: true });
    });

    it('aborts a download mid-transfer with AbortError', async () => {
      const result = await step<{ abort: boolean; error: string }>('abortDownload', `${folder()}/four.bin`);
      expect(result).toMatchObject({ abort: true, error: 'AbortError' });
    });

    it('answers a missing path with NotFoundError naming the provider', async () => {
      const result = await step<{ notFound: boolean; error: string; message: string }>(
        'stat',
        `${folder()}/no-such-file.txt`,
      );
      expect(result).toMatchObject({ notFound: true, error: 'NotFoundError' });
      expect(result.message).toMatch(new RegExp(provider));
    });

    it('logs out', async () => {
      expect(await step('logout')).toBe('done');
    });
  });
}
