import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { z } from 'zod'
import { EntenteError } from '../errors.js'
import { PARTS, goldDocSchema, type GoldDoc, type GoldDocJson, type Part } from './gold.js'

const HINT = 'See eval/FORMAT.md for the gold annotation format'

/** Reads every `*.gold.json` or `gold.json` under a folder (recursively), sorted by path. */
export function readGoldDir(dir: string): GoldDoc[] {
  let isDir: boolean
  try {
    isDir = statSync(dir).isDirectory()
  } catch (cause) {
    throw new EntenteError('input.not-found', `Cannot read gold folder "${dir}": it does not exist`, {
      input: dir,
      hint: 'Pass --gold with a folder of *.gold.json files',
      cause,
    })
  }
  if (!isDir) {
    throw new EntenteError('input.unreadable', `Cannot read gold folder "${dir}": it is not a folder`, { input: dir })
  }
  const files = findGoldFiles(dir)
  if (files.length === 0) {
    throw new EntenteError('input.empty', `Cannot read gold folder "${dir}": it holds no *.gold.json or gold.json`, {
      input: dir,
      hint: HINT,
    })
  }
  return files.map(readGoldFile)
}

function findGoldFiles(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  return entries
    .filter((entry) => /(^|[\\/])(.+\.)?gold\.json$/.test(entry))
    .map((entry) => join(dir, entry))
    .filter((path) => statSync(path).isFile())
    .sort()
}

/** Reads and validates one gold file; a broken file throws `gold.malformed` naming the file and field. */
export function readGoldFile(file: string): GoldDoc {
  const json = parseJson(file)
  const parsed = goldDocSchema.safeParse(json)
  if (!parsed.success) throw malformed(file, describeIssue(parsed.error.issues[0]))
  const doc = parsed.data
  const text = doc.text ?? readText(file, doc.text_file ?? '')
  const textPath = doc.text_file === undefined ? file : resolve(dirname(file), doc.text_file)
  checkSpans(file, text, doc)
  const { text: _text, text_file: _textFile, scored, ...rest } = doc
  return { ...rest, text, file, textPath, scored: scored ?? presentParts(doc) }
}

/** Without `scored`, every part the document carries is scored. */
function presentParts(doc: GoldDocJson): Part[] {
  return PARTS.filter((part) => doc[part] !== undefined)
}

function parseJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    throw new EntenteError('gold.malformed', `Cannot read gold file "${file}": ${reason}`, {
      input: file,
      hint: HINT,
      cause,
    })
  }
}

function readText(file: string, textFile: string): string {
  const path = resolve(dirname(file), textFile)
  try {
    return readFileSync(path, 'utf8')
  } catch (cause) {
    throw malformed(file, `text_file: cannot read "${path}"`, cause)
  }
}

/** Offsets must reproduce the annotated text, or every span score is silently wrong. */
function checkSpans(file: string, text: string, doc: GoldDocJson): void {
  for (const part of ['mentions', 'times'] as const) {
    for (const [index, span] of (doc[part] ?? []).entries()) {
      const found = text.slice(span.start, span.end)
      if (span.end <= span.start || span.end > text.length || found !== span.text) {
        throw malformed(
          file,
          `${part}[${index}]: offsets ${span.start}-${span.end} give ${JSON.stringify(found)}, not ${JSON.stringify(span.text)}`,
        )
      }
    }
  }
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid document'
  const field = issue.path.reduce<string>(
    (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)),
    '',
  )
  return `${field || '(document)'}: ${issue.message}`
}

function malformed(file: string, detail: string, cause?: unknown): EntenteError {
  return new EntenteError('gold.malformed', `Cannot read gold file "${file}": ${detail}`, {
    input: file,
    hint: HINT,
    cause,
  })
}
