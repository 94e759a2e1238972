import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compileMessages } from './scripts/compile-messages.ts';
import { precompress } from './scripts/precompress-web.ts';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [compileMessages(), react(), precompress()],
  build: {
    outDir,
    // dist/web holds only what this build produces; stale hashed assets would otherwise pile up.
    emptyOutDir: true,
    // Maps stay on disk for whoever reads a stack trace, with no sourceMappingURL in the served files;
    // the server answers 404 for *.map (src/server/app.ts).
    sourcemap: 'hidden',
  },
  server: {
    // The API sets a same-origin session cookie, so the dev server forwards /api instead of using CORS.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
