import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress.ts';
import { styledIds } from './scripts/styled-ids.ts';

const root = `${import.meta.dirname}/src/web`;

// `vite build` builds the browser's app into dist/web; `vite build --ssr` the server renderer
// (src/web/entry-server.tsx) into dist/ssr, which the server imports (src/server/pages/renderer.ts).
export default defineConfig(({ isSsrBuild }) => ({
  root,
  publicDir: false,
  plugins: isSsrBuild ? [styledIds(root), react()] : [styledIds(root), react(), precompress()],
  build: isSsrBuild
    ? {
        outDir: `${import.meta.dirname}/dist/ssr`,
        emptyOutDir: true,
        sourcemap: true,
        rollupOptions: { output: { entryFileNames: 'entry-server.js' } },
      }
    : { outDir: `${import.meta.dirname}/dist/web`, emptyOutDir: true, sourcemap: true },
  // The API accepts cookie-authenticated writes only from its own origin (CSRF check): present it.
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', headers: { origin: 'http://localhost:3000' }, ws: true },
    },
  },
}));
