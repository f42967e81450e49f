import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'happy-dom', include: ['tests/unit/**/*.test.{ts,tsx}'], setupFiles: ['tests/setup-idb.ts'] },
      },
      {
        extends: true,
        test: { name: 'integration', environment: 'node', include: ['tests/integration/**/*.test.ts'], setupFiles: ['tests/setup-idb.ts'] },
      },
      {
        // Each file starts its own simulator, OnTime page and browser profile: files run side by
        // side (the worker count is given on the command line).
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/policy.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // A real browser on a shared CI machine: one retry, which the report names, so a timing
          // hiccup does not fail the run while a real failure still fails twice.
          retry: 1,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The machine policy file is read by every Chromium on the machine: alone, after the rest.
        test: {
          name: 'e2e-policy',
          environment: 'node',
          include: ['tests/e2e/policy.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          retry: 1,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // Debian firefox-esr through puppeteer-core (WebDriver BiDi). Firefox starts slower than
        // Chromium and its add-on install takes a few seconds: generous timeouts.
        test: {
          name: 'e2e-firefox',
          environment: 'node',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          globalSetup: ['tests/e2e-firefox/global-setup.ts'],
          retry: 1,
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
