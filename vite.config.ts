import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress.ts';
import { routerTreeShaking } from './scripts/router-tree-shaking.ts';
import { splitTextsPlugin } from './scripts/split-texts.ts';
import { styledIds } from './scripts/styled-ids.ts';

const root = `${import.meta.dirname}/src/web`;

/**
 * React is served by Preact's compatibility layer in both builds (docs/decisions/0021): the app and
 * its libraries import `react` and `react-dom` as usual. Exact names only (`react-router` stays).
 */
const preact = [
  { find: /^react$/, replacement: `${root}/preact/react.js` },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
];

// `vite build` builds the browser's app into dist/web; `vite build --ssr` the server renderer
// (src/web/entry-server.tsx) into dist/ssr, which the server imports (src/server/pages/renderer.ts).
export default defineConfig(({ isSsrBuild }) => ({
  root,
  publicDir: false,
  plugins: isSsrBuild
    ? [splitTextsPlugin(), styledIds(root), react()]
    : [splitTextsPlugin(), styledIds(root), routerTreeShaking(), react(), precompress()],
  resolve: { alias: preact },
  // The renderer bundles its libraries, so that they import `react` through the aliases too: one
  // left to Node would load the real React beside Preact.
  ssr: { noExternal: true },
  build: isSsrBuild
    ? {
        outDir: `${import.meta.dirname}/dist/ssr`,
        emptyOutDir: true,
        sourcemap: true,
        rollupOptions: { output: { entryFileNames: 'entry-server.js' } },
      }
    : {
        outDir: `${import.meta.dirname}/dist/web`,
        emptyOutDir: true,
        sourcemap: true,
        // Every browser the app supports preloads modules itself (Safari since 17): no polyfill.
        modulePreload: { polyfill: false },
      },
  // The API accepts cookie-authenticated writes only from its own origin (CSRF check): present it.
  // Not the app's own modules under src/web/api/ (`/api/get-network.ts`), which Vite serves itself.
  server: {
    proxy: {
      '^/api/(?![^?]*\\.tsx?(?:\\?|$))': {
        target: 'http://localhost:3000',
        headers: { origin: 'http://localhost:3000' },
        ws: true,
      },
    },
  },
}));
