import { defineConfig } from 'vitest/config';

// Examples and docs import 'ordokit' as a host would; inside the repository that means src/.
const src = (path: string) => new URL(`./src/${path}`, import.meta.url).pathname;

export default defineConfig({
  resolve: {
    alias: [
      { find: /^ordokit\/testing$/, replacement: src('testing/index.ts') },
      { find: /^ordokit\/memory$/, replacement: src('adapters/memory/index.ts') },
      { find: /^ordokit\/postgres$/, replacement: src('adapters/postgres/index.ts') },
      { find: /^ordokit\/lengow$/, replacement: src('adapters/lengow/index.ts') },
      { find: /^ordokit$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
