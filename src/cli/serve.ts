import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { buildApp } from '../api/index.js'
import { EntenteError } from '../errors.js'
import { loadQueryKb } from '../query/index.js'
import { DEFAULT_DB, openStore } from '../store/index.js'
import { positiveFlag } from './read-flags.js'

interface ServeFlags {
  db: string
  host: string
  port: string
  tokenFile?: string
  maxBytes?: string
  rateLimit: string
  cache: boolean
}

/** The built web UI, beside the compiled CLI (dist/web). */
const WEB_ROOT = fileURLToPath(new URL('../web/', import.meta.url))

/** `entente serve`: the HTTP API and the web UI over one store. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (OpenAPI at /docs) and the web UI over a store')
    .option('--db <file>', 'the store', DEFAULT_DB)
    .option('--host <address>', 'address to listen on (127.0.0.1 keeps it on this machine)', '127.0.0.1')
    .option('--port <n>', 'port (0 picks a free one)', '8080')
    .option('--token-file <file>', 'file holding the token POST /api/articles needs (or set ENTENTE_TOKEN)')
    .option('--max-bytes <n>', 'largest article a POST may carry, in bytes (default 5 MB)')
    .option('--rate-limit <n>', 'requests per minute per client', '600')
    .option('--no-cache', 'answer every request from the store (no response cache; the load bench measures both)')
    .addHelpText('after', '\nExample:\n  entente serve --db entente-demo.db --port 8080\n')
    .action(async (flags: ServeFlags) => {
      const port = flags.port === '0' ? 0 : positiveFlag(flags.port, '--port')
      const maxBytes = positiveFlag(flags.maxBytes, '--max-bytes')
      const rateLimit = positiveFlag(flags.rateLimit, '--rate-limit')
      const token = readToken(flags.tokenFile)
      // without a token nothing is written, so the store is opened read-only
      const store = await openStore(flags.db, { mustExist: true, ...(token === undefined ? { readOnly: true } : {}) })
      const app = await buildApp({
        store,
        kb: await loadQueryKb(),
        webRoot: WEB_ROOT,
        ...(token !== undefined ? { token } : {}),
        ...(maxBytes !== undefined ? { maxBytes } : {}),
        ...(rateLimit !== undefined ? { rateLimit } : {}),
        cache: flags.cache,
      })
      const address = await app.listen({ host: flags.host, port: port ?? 8080 })
      process.stderr.write(`entente: serving ${flags.db} at ${address} (API docs at ${address}/docs)\n`)
      process.stderr.write(token ? 'entente: writes allowed with the token\n' : 'entente: read-only (no token)\n')
      const stop = async () => {
        await app.close()
        await store.close()
        process.exit(0)
      }
      process.once('SIGINT', stop).once('SIGTERM', stop)
    })
}

/** The write token from --token-file, else ENTENTE_TOKEN; undefined when neither is set. */
function readToken(file: string | undefined): string | undefined {
  if (file === undefined) return process.env['ENTENTE_TOKEN'] || undefined
  let text: string
  try {
    text = readFileSync(file, 'utf8').trim()
  } catch (error) {
    throw new EntenteError('input.unreadable', `Cannot read the token file "${file}"`, {
      input: file,
      hint: 'Pass a file holding one line: the token clients send as "Authorization: Bearer TOKEN"',
      cause: error,
    })
  }
  if (text.length < 16) {
    throw new EntenteError('usage', `Cannot use the token in "${file}": it is shorter than 16 characters`, {
      input: file,
      hint: 'Write a long random token, e.g. `openssl rand -hex 32 > token`',
    })
  }
  return text
}
