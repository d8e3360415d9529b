import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress.ts';

const root = `${import.meta.dirname}/src/web`;

export default defineConfig({
  root,
  publicDir: false,
  plugins: [react(), precompress()],
  build: { outDir: `${import.meta.dirname}/dist/web`, emptyOutDir: true, sourcemap: true },
  // The API accepts cookie-authenticated writes only from its own origin (CSRF check): present it.
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', headers: { origin: 'http://localhost:3000' }, ws: true },
    },
  },
});
