import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  resolve: {
    // The mock API in a browser (the server-less demo) hashes passwords without node:crypto.
    alias: [
      {
        find: /^\.\/kdf$/,
        replacement: fileURLToPath(new URL('./mock-api/core/kdf.browser.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: mode === 'demo' ? 'dist-demo' : 'dist',
    sourcemap: false,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': `http://127.0.0.1:${process.env.PORT ?? 3001}`,
    },
  },
}));
