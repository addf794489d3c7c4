import { basename, extname, resolve } from 'node:path'
import type { Command } from 'commander'
import { loadCodeTables } from '../coding/index.js'
import { formatImport, importPetrarchDictionary } from '../coding/write-import.js'
import { EntenteError } from '../errors.js'

interface ImportFlags {
  from: string
  out?: string
  json?: boolean
}

/** Registers `entente dictionary …`. */
export function registerDictionary(program: Command): void {
  const dictionary = program.command('dictionary').description('verb dictionaries: import one made for another coder')
  dictionary
    .command('import <file>')
    .description('convert a TABARI/PETRARCH verb dictionary into entente dictionary files, reporting what could not be')
    .requiredOption('--from <format>', 'the format of FILE: petrarch (TABARI/PETRARCH-2 .verbs, e.g. CAMEO.2.0.txt)')
    .option('--out <dir>', 'the folder to write (default: dictionary-<file name>); use it with --dictionary DIR')
    .option('--json', 'print the report as JSON')
    .action((file: string, flags: ImportFlags) => {
      if (flags.from !== 'petrarch') {
        throw new EntenteError('usage', `Cannot import from "${flags.from}": the one format known is petrarch`)
      }
      const out = resolve(flags.out ?? `dictionary-${basename(file, extname(file))}`)
      const result = importPetrarchDictionary(file, out, loadCodeTables())
      if (flags.json) {
        const issues = (map: typeof result.skipped) => Object.fromEntries(map)
        const { read, entries, classes } = result
        const report = {
          out,
          read,
          entries: entries.length,
          defaults: entries.filter((e) => e.default).length,
          classes: Object.keys(classes).length,
          skipped: issues(result.skipped),
          approximated: issues(result.approximated),
        }
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
      } else process.stdout.write(formatImport(result, out))
    })
}
