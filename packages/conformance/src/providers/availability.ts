import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Why a provider cannot be wired yet, or undefined when its pieces exist. Checked at run time so the report names
 * exactly what is missing today (the store adapter, the sandbox export) rather than what was missing when this
 * file was written.
 */
export function missingPieces(
  provider: string,
  sandboxModule: Record<string, unknown>,
  sandboxExport: string,
): string | undefined {
  const missing: string[] = [];
  if (!existsSync(`${packagesDir}${provider}/src/store.ts`)) missing.push(`packages/${provider}/src/store.ts`);
  if (typeof sandboxModule[sandboxExport] !== 'function') missing.push(`${sandboxExport} in @fileclients/sandbox`);
  return missing.length > 0 ? `adapter not available yet: ${missing.join(' and ')} missing` : undefined;
}
