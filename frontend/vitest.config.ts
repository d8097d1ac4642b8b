import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'widgets/src/**/*.test.ts'],
      css: false,
      // Typing with userEvent in jsdom is slow on a busy two-core CI machine (the backend's suite
      // has just run): 5 s, the default, was missed by a test that types three fields.
      testTimeout: 20_000,
    },
  }),
);
