import { defineConfig } from 'vite';

// The embeddable widgets: one self-contained classic script (IIFE, no modules, no chunks) that host
// pages load with <script src>. It goes beside the app's build, which runs first, so nothing in dist
// may be emptied, and the app's public/ folder must not be copied in again.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/embed/v1',
    emptyOutDir: false,
    sourcemap: false,
    minify: true,
    copyPublicDir: false,
    lib: {
      entry: 'widgets/src/index.ts',
      formats: ['iife'],
      name: 'VekstWidgets',
      fileName: () => 'vekst-widgets.js',
    },
  },
});
