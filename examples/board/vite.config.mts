// Vite (installed at the repository root, no separate npm install): `npm run board:dev` serves the
// board on http://localhost:5173 (an origin the API allows by default in development);
// `npm run board:build` writes a static site to examples/board/dist that any web server can host.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: { host: 'localhost', port: 5173, strictPort: true },
});
