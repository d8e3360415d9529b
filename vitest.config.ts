import { defineConfig } from 'vitest/config';
import { BUDGET, WAIT } from './tests/support/budget.ts';

export default defineConfig({
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    // Outer bounds only (tests wait for events, not for time): generous enough for a busy machine.
    testTimeout: BUDGET.test,
    hookTimeout: BUDGET.hook,
    teardownTimeout: BUDGET.hook,
    expect: { poll: WAIT },
    projects: [
      {
        extends: true,
        test: { name: 'integration', include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
