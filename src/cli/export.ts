import { createWriteStream, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Command } from 'commander'
import { EntenteError } from '../errors.js'
import { EXPORT_FORMATS, exportStream, type ExportFilter, type ExportFormat } from '../export/index.js'
import { checkFilter } from '../query/events.js'
import { loadQueryKb, parseFrom, parseTo } from '../query/index.js'
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
    .option('--actor <id>', 'only events with this source actor')
    .option('--target <id>', 'only events with this target actor')
    .option('--involving <id>', 'only events with this actor on either side')
    .option('--code <cameo>', 'CAMEO code or prefix (04 = consult)')
    .option('--root <cameo>', 'two-digit CAMEO root, exact')
    .option('--quad <n>', 'quad class 1-4')
    .option('--from <date>', 'first day')
    .option('--to <date>', 'last day')
    .option('--negated', 'only negated reports')
    .option('--modality <modality>', 'only reports of this modality')
    .addHelpText(
      'after',
      '\nExamples:\n  entente export --format gdelt --out events.tsv\n  entente export --format csv --actor JPN --from 2023\n',
    )
    .action(async (flags: ExportFlags) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format)) {
        throw new EntenteError('usage', `Cannot export format "${flags.format}": use ${EXPORT_FORMATS.join(', ')}`)
      }
      const filter = exportFilter(flags)
      // nothing is truncated before the store is open and --out is known not to be it (or any database)
      if (flags.out !== undefined) checkOutput(flags.out, flags.db)
      const store = await openStore(flags.db, { readOnly: true })
      try {
        // a reversed range is a usage error and an unknown actor an error, as in `query events`
        await checkFilter({ store, kb: await loadQueryKb() }, filter)
        const out = flags.out !== undefined ? await openOutput(flags.out) : process.stdout
        const note = (message: string) => process.stderr.write(`entente: ${message}\n`)
        const chunks = exportStream(store, flags.format as ExportFormat, { note, filter })
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

interface ExportFlags {
  format: string
  db: string
  out?: string
  actor?: string
  target?: string
  involving?: string
  code?: string
  root?: string
  quad?: string
  from?: string
  to?: string
  negated?: boolean
  modality?: string
}

/** The event filters of `query events` (and `GET /api/events`), checked the same way. */
function exportFilter(flags: ExportFlags): ExportFilter {
  const usage = (flag: string, value: string, expected: string) =>
    new EntenteError('usage', `Cannot use ${flag} "${value}": expected ${expected}`)
  for (const [flag, value] of [
    ['--actor', flags.actor],
    ['--target', flags.target],
    ['--involving', flags.involving],
  ] as const) {
    if (value !== undefined && value.trim() === '') throw usage(flag, value, 'an actor id such as RUS or NATO')
  }
  if (flags.code !== undefined && !/^\d{1,4}$/.test(flags.code)) {
    throw usage('--code', flags.code, 'CAMEO digits such as 04 or 043')
  }
  if (flags.root !== undefined && !/^\d{2}$/.test(flags.root)) {
    throw usage('--root', flags.root, 'a two-digit CAMEO root such as 04')
  }
  if (flags.quad !== undefined && !/^[1-4]$/.test(flags.quad)) throw usage('--quad', flags.quad, '1, 2, 3 or 4')
  if (flags.modality !== undefined && flags.modality.trim() === '') {
    throw usage('--modality', flags.modality, 'a modality such as asserted')
  }
  return {
    ...(flags.actor !== undefined ? { actor: flags.actor } : {}),
    ...(flags.target !== undefined ? { target: flags.target } : {}),
    ...(flags.involving !== undefined ? { involving: flags.involving } : {}),
    ...(flags.code !== undefined ? { code: flags.code } : {}),
    ...(flags.root !== undefined ? { root: flags.root } : {}),
    ...(flags.quad !== undefined ? { quad: Number(flags.quad) as 1 | 2 | 3 | 4 } : {}),
    ...(flags.from !== undefined ? { from: parseFrom(flags.from, '--from') } : {}),
    ...(flags.to !== undefined ? { to: parseTo(flags.to, '--to') } : {}),
    ...(flags.negated ? { negated: true } : {}),
    ...(flags.modality !== undefined ? { modality: flags.modality } : {}),
  }
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
