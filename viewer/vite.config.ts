import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The viewer is a static bundle served by `zhenjie serve` (src/serve); in development,
// `npx vite viewer` proxies /api to a running `zhenjie serve`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 5178}` } },
});
