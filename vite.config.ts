import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir,
    // dist/web holds only what this build produces; stale hashed assets would otherwise pile up.
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    // The API sets a same-origin session cookie, so the dev server forwards /api instead of using CORS.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
