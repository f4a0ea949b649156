import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// The UI is served by the API process under /ui/; everything is bundled locally (no CDN, no web fonts).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/ui/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
})
