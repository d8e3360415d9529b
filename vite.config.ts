import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = `${import.meta.dirname}/src/web`;

export default defineConfig({
  root,
  publicDir: false,
  plugins: [react()],
  build: { outDir: `${import.meta.dirname}/dist/web`, emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000' } },
});
