import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Projects are inline (not globs) so that they inherit the root options; a glob project silently drops
// `typecheck` (see shared research, toolchain R13b). Every folder under packages/ with a test/ folder is one
// project, plus scripts/ and codegen/. Adding a package needs no edit here.
const packageProjects = readdirSync('packages', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`packages/${entry.name}/test`))
  .map((entry) => entry.name)
  .sort();

const conditions = ['@fileclients/source'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    // Timeouts here only catch hangs (no test asserts on speed): generous, because CI and developers run on a
    // shared 2-core machine where a sandbox round trip can take seconds under load.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    projects: [
      ...packageProjects.map((name) => ({
        extends: true as const,
        test: {
          name,
          root: `packages/${name}`,
          include: ['test/**/*.test.ts'],
          typecheck: { tsconfig: './tsconfig.json', include: ['test/**/*.test-d.ts'] },
        },
      })),
      {
        extends: true as const,
        test: {
          name: 'scripts',
          root: 'scripts',
          include: ['test/**/*.test.ts'],
          typecheck: { tsconfig: '../tsconfig.json', include: ['test/**/*.test-d.ts'] },
        },
      },
      {
        extends: true as const,
        test: {
          name: 'codegen',
          root: 'codegen',
          include: ['test/**/*.test.ts'],
          typecheck: { tsconfig: '../tsconfig.json', include: ['test/**/*.test-d.ts'] },
        },
      },
    ],
  },
});
