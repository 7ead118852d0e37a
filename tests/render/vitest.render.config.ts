/**
 * The render suite (`npm run test:render`): LibreOffice renders of the corpus measured with
 * poppler. Slow and dependent on soffice and the stand-in fonts, hence kept out of `npm test`.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/render/**/*.render.ts', 'tests/render/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/render/render-corpus.setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/render.json' },
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
