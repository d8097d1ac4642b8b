import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The backend (make run) listens on 8080; in development Vite serves the app
// and forwards the API and Quarkus endpoints so the app can use relative URLs.
const backend = process.env.VEKST_BACKEND_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': backend,
      '/q': backend,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // React, the router, i18next and Designsystemet make ~660 kB (~210 kB gzip) in one chunk;
    // Chart.js and the admin pages are split off already, so the default 500 kB warning is noise.
    chunkSizeWarningLimit: 800,
  },
});
