import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import preact from '@preact/preset-vite'
import { defineConfig, type Plugin } from 'vite'

const require = createRequire(import.meta.url)

/**
 * `virtual:iso-numeric`: ISO 3166 numeric → alpha-3 codes (the world atlas names countries by number, entente by
 * alpha-3), read from world-countries at build time so the 1 MB file stays out of the bundle.
 */
function isoNumeric(): Plugin {
  const id = 'virtual:iso-numeric'
  return {
    name: 'iso-numeric',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return undefined
      const countries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as {
        ccn3: string
        cca3: string
      }[]
      const map = Object.fromEntries(countries.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca3]))
      return `export default ${JSON.stringify(map)}`
    },
  }
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [preact(), isoNumeric()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // one script file and no inline code: the server's Content-Security-Policy allows scripts from itself only
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
})
