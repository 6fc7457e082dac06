import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The app is built into web/dist; `birtizim serve` serves it with an SPA fallback.
// In development `vite` proxies /api to a running `birtizim serve` (BIRTIZIM_API, default :3000).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: { '/api': process.env.BIRTIZIM_API ?? 'http://127.0.0.1:3000' },
  },
});
