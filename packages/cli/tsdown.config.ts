import { defineConfig } from 'tsdown';

export default defineConfig([
  // The library entry (address parsing, config, the engine) for programs that drive the CLI's logic.
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'node',
    fixedExtension: false,
    dts: true,
    sourcemap: false,
    clean: true,
  },
  // The `fileclients` executable: ESM only, keeps its shebang.
  {
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    platform: 'node',
    fixedExtension: false,
    dts: false,
    sourcemap: false,
    clean: false,
  },
]);
