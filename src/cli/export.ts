import { createWriteStream, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Command } from 'commander'
import { EntenteError } from '../errors.js'
import { EXPORT_FORMATS, exportStream, type ExportFormat } from '../export/index.js'
import { DEFAULT_DB, openStore } from '../store/index.js'
import { checkOutput } from './check-output.js'

/** `entente export --format …`: streams the store out in an exchange format. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the store as GDELT 2.0 TSV, PLOVER JSON lines, CSV, GraphML or JSON-LD')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(', '))
    .option('--db <file>', 'the store', DEFAULT_DB)
    .option('--out <file>', 'write here instead of stdout')
    .addHelpText('after', '\nExample:\n  entente export --format gdelt --out events.tsv\n')
    .action(async (flags: { format: string; db: string; out?: string }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format)) {
        throw new EntenteError('usage', `Cannot export format "${flags.format}": use ${EXPORT_FORMATS.join(', ')}`)
      }
      // nothing is truncated before the store is open and --out is known not to be it (or any database)
      if (flags.out !== undefined) checkOutput(flags.out, flags.db)
      const store = await openStore(flags.db, { readOnly: true })
      try {
        const out = flags.out !== undefined ? await openOutput(flags.out) : process.stdout
        const note = (message: string) => process.stderr.write(`entente: ${message}\n`)
        const chunks = exportStream(store, flags.format as ExportFormat, { note })
        try {
          await pipeline(Readable.from(chunks), out, { end: flags.out !== undefined })
        } catch (error) {
          if (flags.out === undefined && (error as NodeJS.ErrnoException).code === 'EPIPE') return // `| head`
          throw writeError(flags.out, error)
        } finally {
          // a failed write leaves the export mid-query: it must end before the store can close
          await chunks.return(undefined)
        }
      } finally {
        await store.close()
      }
    })
}

async function openOutput(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path)
  try {
    await once(stream, 'open')
    return stream
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new EntenteError('input.unreadable', `Cannot write the export to "${path}": ${code}`, {
      input: path,
      hint: 'Check that the folder exists and that you may write there',
      cause: error,
    })
  }
}

/** A failed write (a full disk, a closed device) as an error naming where the export was going. */
function writeError(path: string | undefined, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code
  if (typeof code !== 'string' || !code.startsWith('E')) return error
  const where = path === undefined ? 'standard output' : `"${path}"`
  const reason = code === 'ENOSPC' ? 'no space left on the device (ENOSPC)' : code
  return new EntenteError('input.unreadable', `Cannot write the export to ${where}: ${reason}`, {
    ...(path !== undefined ? { input: path } : {}),
    hint: 'Free some space or write the export elsewhere with --out FILE',
    cause: error,
  })
}
