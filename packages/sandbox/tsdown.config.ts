import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  platform: 'node',
  // Keep .js/.d.ts for ESM like the neutral packages (the node platform would default to .mjs).
  fixedExtension: false,
  dts: true,
  sourcemap: false,
  clean: true,
});
