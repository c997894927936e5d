/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' keeps every asset URL relative, so the built app runs from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    // dist/.vite/manifest.json: scripts/prerender.mjs finds each route's chunks and CSS in it.
    manifest: true,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          environment: 'node',
          include: ['tests/domain/**/*.test.ts', 'tests/content/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: [
            'tests/store/**/*.test.{ts,tsx}',
            'tests/features/**/*.test.{ts,tsx}',
            'tests/components/**/*.test.{ts,tsx}',
            'tests/i18n/**/*.test.{ts,tsx}',
            'tests/app/**/*.test.{ts,tsx}',
            'tests/lib/**/*.test.{ts,tsx}',
          ],
          css: false,
        },
      },
    ],
  },
});
