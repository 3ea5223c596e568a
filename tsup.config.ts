import { defineConfig } from 'tsup';

// Entries must equal the `exports` keys of package.json (checked by scripts/checkPackage.mjs).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'testing/index': 'src/testing/index.ts',
    'memory/index': 'src/adapters/memory/index.ts',
    'postgres/index': 'src/adapters/postgres/index.ts',
    'lengow/index': 'src/adapters/lengow/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'node20',
  outDir: 'dist',
});
