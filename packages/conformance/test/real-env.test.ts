import {
  startAfterlogicPro7Sandbox,
  startBoxnetSandbox,
  startCarbonioFilesSandbox,
  startFileCloudSandbox,
} from '@fileclients/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { findProvider } from '../src/providers/index.js';
import { runSuite } from '../src/suite/run.js';
import { CI_SIZES } from '../src/suite/types.js';

// `--real` reads the same variables the examples use; a sandbox's `env` stands in for a real server here.
const starters = {
  'carbonio-files': startCarbonioFilesSandbox,
  'afterlogic-pro7': startAfterlogicPro7Sandbox,
  boxnet: startBoxnetSandbox,
  filecloud: startFileCloudSandbox,
} as const;

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
});

describe('--real runs against the server named by the environment', () => {
  for (const [id, start] of Object.entries(starters)) {
    it(id, { timeout: 60_000 }, async () => {
      const adapter = findProvider(id);
      if (adapter === undefined) throw new Error(`no adapter ${id}`);
      const sandbox = await start();
      try {
        Object.assign(process.env, sandbox.env);
        const report = await runSuite(adapter, { sizes: CI_SIZES, real: true, filter: 'upload/small' });
        expect(report.failures).toEqual([]);
        expect(report.passed).toBe(1);
      } finally {
        await sandbox.stop();
      }
    });
  }

  it('names the missing variables', async () => {
    const adapter = findProvider('afterlogic-pro7');
    if (adapter === undefined) throw new Error('no adapter');
    delete process.env.PRO7_URL;
    const report = await runSuite(adapter, { sizes: CI_SIZES, real: true, filter: 'upload/small' });
    expect(report.failures[0]?.error).toContain('PRO7_URL');
  });
});
