import cluster from 'node:cluster'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { buildApp } from '../api/index.js'
import { EntenteError } from '../errors.js'
import { loadQueryKb } from '../query/index.js'
import { DEFAULT_DB, openStore, runSql, type Store } from '../store/index.js'
import { positiveFlag } from './read-flags.js'

interface ServeFlags {
  db: string
  host: string
  port: string
  tokenFile?: string
  maxBytes?: string
  rateLimit: string
  cache: boolean
  workers: string
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
    .option('--workers <n>', 'processes answering requests, each with its own connection to the store', '1')
    .addHelpText('after', '\nExample:\n  entente serve --db entente-demo.db --port 8080\n')
    .action(async (flags: ServeFlags) => {
      const port = flags.port === '0' ? 0 : positiveFlag(flags.port, '--port')
      const maxBytes = positiveFlag(flags.maxBytes, '--max-bytes')
      const rateLimit = positiveFlag(flags.rateLimit, '--rate-limit')
      const workers = positiveFlag(flags.workers, '--workers') ?? 1
      const token = readToken(flags.tokenFile)
      if (workers > 1 && cluster.isPrimary) return startWorkers(workers, flags.db, token !== undefined)
      // a worker whose primary is gone (killed) stops too: nobody would stop it, and nobody reaches it
      if (cluster.isWorker) process.once('disconnect', () => process.exit(1))
      // without a token nothing is written, so the store is opened read-only
      const store = await openStore(flags.db, { mustExist: true, ...(token === undefined ? { readOnly: true } : {}) })
      await tuneForReading(store)
      const app = await buildApp({
        store,
        kb: await loadQueryKb(),
        webRoot: WEB_ROOT,
        ...(token !== undefined ? { token } : {}),
        ...(maxBytes !== undefined ? { maxBytes } : {}),
        // each worker counts its own clients' requests, and the primary deals connections out in turn
        ...(rateLimit !== undefined ? { rateLimit: Math.max(1, Math.ceil(rateLimit / workers)) } : {}),
        cache: flags.cache,
        warmUp: true,
      })
      const address = await app.listen({ host: flags.host, port: port ?? 8080 })
      // a worker's primary says where the workers serve, once
      if (cluster.isPrimary) {
        process.stderr.write(`entente: serving ${flags.db} at ${address} (API docs at ${address}/docs)\n`)
        process.stderr.write(token ? 'entente: writes allowed with the token\n' : 'entente: read-only (no token)\n')
      }
      const stop = async () => {
        await app.close()
        await store.close()
        process.exit(0)
      }
      process.once('SIGINT', stop).once('SIGTERM', stop)
    })
}

/**
 * `--workers n`: n processes of this command (node:cluster) listen on one port, each with its own connection to
 * the store, so requests are answered on every core (a SQLite store in WAL mode has any number of readers). The
 * primary reports the address once every worker listens, stops them all on SIGINT/SIGTERM, and stops when one
 * fails (a store that cannot be opened fails each of them alike).
 */
function startWorkers(workers: number, db: string, writes: boolean): void {
  let listening = 0
  let stopping = false
  cluster.on('listening', (_worker, address) => {
    if (++listening !== workers) return
    const url = `http://${address.address}:${address.port}`
    process.stderr.write(
      `entente: serving ${db} at ${url} (API docs at ${url}/docs) with ${workers} workers\n` +
        (writes ? 'entente: writes allowed with the token\n' : 'entente: read-only (no token)\n'),
    )
  })
  cluster.on('exit', (_worker, code) => {
    if (stopping) return
    stopping = true
    for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM')
    process.exitCode = code || 1
  })
  // each worker stops as one process does (closes the server, then the store)
  const stop = () => {
    stopping = true
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM')
  }
  process.once('SIGINT', stop).once('SIGTERM', stop)
  for (let i = 0; i < workers; i++) cluster.fork()
}

/**
 * The server reads far more than it writes: a SQLite store's pages are mapped into memory (up to 1 GB, shared with
 * the OS file cache, so a page is not copied into the connection's cache first) and the connection keeps 64 MB of
 * pages. A dossier's recent events read ~40% less CPU this way on the 1 M-event store.
 */
async function tuneForReading(store: Store): Promise<void> {
  if (store.dialect !== 'sqlite') return
  await runSql(store.db, 'pragma mmap_size = 1073741824', [])
  await runSql(store.db, 'pragma cache_size = -65536', [])
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
