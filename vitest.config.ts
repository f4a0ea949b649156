import { defineConfig } from 'vitest/config'

// CI asks for a JSON report (for its "N passed, N failed" line) through TC_TEST_REPORT.
const report = process.env.TC_TEST_REPORT

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
})
