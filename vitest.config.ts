import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real Neo4j and a real browser: each setup starts its service if none answers, and fails loudly in CI.
    globalSetup: ['test/setup/neo4j.ts', 'test/setup/viewer.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Tests share one Neo4j database: run files one after another.
    fileParallelism: false,
  },
});
