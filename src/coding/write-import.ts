/**
 * `entente dictionary import --from petrarch`: reads a PETRARCH verb dictionary, converts it and writes our format
 * 2 files (one per CAMEO root, NN-petrarch.json) and the synonym sets it uses as a lexicon (lexicon/petrarch.json),
 * so that `--dictionary DIR` reads it as it reads data/coding/dictionary/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { EntenteError } from '../errors.js'
import { convertPetrarch, type PetrarchImport } from './import-petrarch.js'
import { readPetrarchVerbs } from './petrarch-verbs.js'
import type { CodeTables } from './tables.js'

/** Imports `file` into `outDir` and returns what was converted and what was not. */
export function importPetrarchDictionary(file: string, outDir: string, tables: CodeTables): PetrarchImport {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new EntenteError('input.not-found', `Cannot read dictionary "${file}": ${(error as Error).message}`, {
      input: file,
    })
  }
  const source = readPetrarchVerbs(text)
  if (source.blocks.length === 0) {
    throw new EntenteError('import.malformed', `Cannot import "${file}": no verb block ("--- NAME [code] ---") in it`, {
      input: file,
      hint: 'Pass a TABARI/PETRARCH verb dictionary such as CAMEO.2.0.txt',
    })
  }
  const result = convertPetrarch(source, (code) => tables.cameo(code) !== undefined, basename(file))
  const byRoot = new Map<string, typeof result.entries>()
  for (const entry of result.entries) {
    const root = entry.code.slice(0, 2)
    byRoot.set(root, [...(byRoot.get(root) ?? []), entry])
  }
  mkdirSync(join(outDir, 'lexicon'), { recursive: true })
  for (const [root, entries] of [...byRoot].sort()) {
    const body = { version: 'entente dictionary 2', entries }
    writeFileSync(join(outDir, `${root}-petrarch.json`), `${JSON.stringify(body, null, 1)}\n`)
  }
  const lexicon = { note: `Synonym sets of ${basename(file)}, imported`, classes: result.classes }
  writeFileSync(join(outDir, 'lexicon', 'petrarch.json'), `${JSON.stringify(lexicon, null, 1)}\n`)
  return result
}

/** The import report as text: what was read, written, left out and changed, with examples. */
export function formatImport(result: PetrarchImport, outDir: string): string {
  const { read } = result
  const lines = [
    `read: ${read.synsets} synonym sets, ${read.blocks} verb blocks, ${read.verbs} verbs, ${read.patterns} patterns, ${read.transformations} transformations`,
    `wrote ${outDir}: ${result.entries.length} entries (${result.entries.filter((e) => e.default).length} head defaults), ${Object.keys(result.classes).length} word classes`,
  ]
  const section = (title: string, issues: PetrarchImport['skipped']) => {
    if (!issues.size) return
    lines.push(title)
    for (const [reason, issue] of [...issues].sort((a, b) => b[1].count - a[1].count)) {
      lines.push(`  ${String(issue.count).padStart(5)}  ${reason}`)
      for (const example of issue.examples) lines.push(`         e.g. ${example.replace(/\s+/g, ' ')}`)
    }
  }
  section('not converted:', result.skipped)
  section('converted with a loss:', result.approximated)
  return `${lines.join('\n')}\n`
}
