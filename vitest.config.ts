import { defineConfig } from 'vitest/config';

// Two projects: `unit` (engine, services, CLI; fast, in node) and `e2e` (a real Chromium, and
// Electron where its binary exists, against the built app in out/). `npm test` runs both.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
