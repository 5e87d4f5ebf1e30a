import { defineConfig } from 'tsdown';

// One build for every entry so they share chunks: a second build for `node` would bundle its own copy of the
// error classes, and `instanceof AuthError` would then fail between entries. The neutral and xml entries import no
// Node module; the node entry's `node:` imports stay external (they are builtins on every platform that runs it).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    node: 'src/node/index.ts',
    xml: 'src/xml/index.ts',
    upload: 'src/upload/index.ts',
    memory: 'src/memory/index.ts',
  },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  external: [/^node:/],
  dts: true,
  sourcemap: false,
  clean: true,
});
