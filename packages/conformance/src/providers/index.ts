import { pro7Adapter } from './afterlogic-pro7.js';
import { boxnetAdapter } from './boxnet.js';
import { carbonioAdapter } from './carbonio-files.js';
import { filecloudAdapter } from './filecloud.js';
import { localAdapter } from './local.js';
import { memoryAdapter } from './memory.js';
import type { ProviderAdapter } from './types.js';

/** Every store the suite knows, in report order. */
export const PROVIDERS: readonly ProviderAdapter[] = [
  carbonioAdapter,
  pro7Adapter,
  boxnetAdapter,
  filecloudAdapter,
  memoryAdapter,
  localAdapter,
];

export function findProvider(id: string): ProviderAdapter | undefined {
  return PROVIDERS.find((adapter) => adapter.id === id);
}
