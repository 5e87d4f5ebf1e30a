import { defineConfig } from 'tsdown';

export default defineConfig({
  // The FileStore adapter is its own entry (docs/decisions/0004-entry-points.md); one build so both share chunks.
  entry: { index: 'src/index.ts', store: 'src/store.ts' },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  dts: true,
  sourcemap: false,
  clean: true,
});
