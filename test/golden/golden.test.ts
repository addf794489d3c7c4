import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import type { Doc, Span } from '../../src/document.js'
import { readText } from '../../src/ingest/index.js'
import { analyze } from '../../src/run.js'

/**
 * Golden files: each case names one of our sample articles and its publication date; expected.json holds what
 * the pipeline finds, with the text of every span so a reviewer can read it. `UPDATE=1 npm test` rewrites
 * them; read the diff before committing. A missing expected.json fails.
 */
const HERE = dirname(fileURLToPath(import.meta.url))

interface Meta {
  readonly article: string
  readonly published: string
}

function text(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end)
}

/** The reviewable view of a document: entities with their mention texts, times, events and facts. */
function view(doc: Doc) {
  const mentionText = (id: string) => doc.mentions.find((m) => m.id === id)?.text ?? id
  return {
    entities: doc.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      mentions: e.mentions.map(mentionText),
      ...(e.actsFor ? { actsFor: e.actsFor } : {}),
      ...(e.role ? { role: `${e.role.title}${e.role.of ? ` of ${e.role.of}` : ''}` } : {}),
    })),
    unlinked: doc.mentions.filter((m) => !m.entity && m.unlinked).map((m) => `${m.text}: ${m.unlinked}`),
    times: doc.times.map((t) => `${t.text} = ${t.value ?? 'unresolved'}`),
    events: doc.events.map((e) => ({
      event: `${e.source?.entity ?? '-'} ${e.cameo} ${e.target?.entity ?? '-'}${e.negated ? ' NEGATED' : ''}`,
      modality: e.modality,
      date: e.date?.value ?? (e.dateAfter ? `after ${e.dateAfter}` : null),
      evidence: text(doc, e.evidence),
    })),
    facts: doc.facts.map((f) => ({
      fact: `${f.subject} ${f.relation} ${f.object}`,
      start: f.start ?? null,
      evidence: text(doc, f.evidence),
    })),
  }
}

for (const name of readdirSync(HERE).filter((entry) => existsSync(join(HERE, entry, 'meta.json')))) {
  test(`golden: ${name}`, () => {
    const dir = join(HERE, name)
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Meta
    const path = resolve(dir, meta.article)
    const article = { ...readText(readFileSync(path), path), published: meta.published }
    const doc = analyze(article)
    for (const m of doc.mentions) expect(text(doc, m)).toBe(m.text)
    const actual = view(doc)
    const expectedPath = join(dir, 'expected.json')
    if (process.env.UPDATE === '1') writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n')
    expect(existsSync(expectedPath), `${expectedPath} is missing: run UPDATE=1 npm test and review it`).toBe(true)
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
  })
}
