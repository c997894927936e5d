import { defineConfig } from 'vitest/config';

// `npm run eval`: the model benchmark. Kept out of vite.config.ts so `npm test` never runs it.
export default defineConfig({
  test: {
    include: ['tests/eval/**/*.eval.ts'],
    environment: 'node',
    testTimeout: 120_000,
    reporters: ['default'],
  },
});
