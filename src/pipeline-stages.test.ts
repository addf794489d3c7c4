import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { lexiconOf, loadCodeTables, loadVerbDictionary, type VerbEntry } from './coding/index.js'
import { WordNetVerbs } from './coding/wordnet.js'
import { packageResources } from './coding/test-helpers.js'
import { docOf, type Doc, type LayerName } from './document.js'
import { loadKb } from './kb/index.js'
import { defaultLexicon, GRAMMAR_CLASSES, lexiconClass, type Lexicon, viewOf, wordsOf } from './nlp/syntax/index.js'
import { assemblePipeline, createPipeline, type PipelineResources, type Stage } from './pipeline.js'

const dir = mkdtempSync(join(tmpdir(), 'entente-tiny-kb-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A KB that knows, besides the world's countries, two invented ones. */
function tinyKb(): PipelineResources['kb'] {
  const countries = [
    { id: 'QRN', name: 'Qarnovia', demonyms: ['Qarnovian'] },
    { id: 'VLD', name: 'Veldoria', demonyms: ['Veldorian'] },
  ]
  writeFileSync(join(dir, 'countries.json'), JSON.stringify(countries))
  for (const file of ['organizations.json', 'regions.json', 'places.json']) writeFileSync(join(dir, file), '[]')
  mkdirSync(join(dir, 'people'), { recursive: true })
  return loadKb(dir)
}

/** One entry, with a code no real dictionary would give it, so that only this dictionary can have coded it. */
const TINY_ENTRIES: VerbEntry[] = [
  {
    pattern: 'commend $TARGET',
    code: '057',
    example: 'Qarnovia commended Veldoria.',
    expect: { source: 'QRN', target: 'VLD', code: '057' },
  },
]

/** The package's grammar classes (negators, saying verbs…) and no pattern class, with some words changed. */
function grammarLexicon(change: Record<string, (words: string[]) => string[]> = {}): Lexicon {
  const classes = GRAMMAR_CLASSES.map((name) => {
    const words = [...lexiconClass(name, defaultLexicon())]
    return [name, change[name]?.(words) ?? words] as const
  })
  return lexiconOf(Object.fromEntries(classes))
}

const noWordNet = new WordNetVerbs(new Map(), Buffer.alloc(0))
const tinyKnowledge = {
  kb: tinyKb(),
  dictionary: loadVerbDictionary(TINY_ENTRIES, { lexicon: lexiconOf({}) }),
  lexicon: grammarLexicon(),
  tables: loadCodeTables(),
  // an empty WordNet: a verb no tiny entry heads borrows nothing
  wordnet: () => noWordNet,
}
const tiny = createPipeline(tinyKnowledge)
const standard = createPipeline(packageResources())

function events(pipeline: typeof tiny, text: string): string[] {
  const doc = pipeline.run(docOf(text, { published: '2024-03-05' }))
  return doc.events.map((e) => `${e.source?.entity ?? '-'}>${e.target?.entity ?? '-'} ${e.cameo} ${e.rule}`)
}

test('a pipeline built with a tiny KB and dictionary links and codes with exactly those', () => {
  expect(events(tiny, 'Qarnovia commended Veldoria on Monday.')).toEqual(['QRN>VLD 057 commend $TARGET'])
  // the package's KB does not know the invented countries, nor its dictionary this code for "commend"
  expect(events(standard, 'Qarnovia commended Veldoria on Monday.')).toEqual([])
  expect(events(standard, 'Canada commended Iran on Monday.')).not.toContain('CAN>IRN 057 commend $TARGET')
  // and the tiny dictionary has no entry for sanctions, which the package's codes
  expect(events(standard, 'Canada imposed new sanctions on Iran.').map((e) => e.slice(0, 11))).toEqual(['CAN>IRN 163'])
  expect(events(tiny, 'Canada imposed new sanctions on Iran.')).toEqual([])
})

test("the coder's and the sentence layer's own rules read the word classes of the pipeline's lexicon", () => {
  const coded = (pipeline: typeof tiny, text: string) =>
    pipeline.run(docOf(text, { published: '2024-03-05' })).events.map((e) => `${e.cameo} ${e.negated} ${e.modality}`)
  // a lexicon whose NEGATORS lack "not", whose HEDGES lack "reportedly"
  const changed = createPipeline({
    ...tinyKnowledge,
    lexicon: grammarLexicon({
      NEGATORS: (words) => words.filter((word) => word !== 'not'),
      HEDGES: (words) => words.filter((word) => word !== 'reportedly'),
    }),
  })
  expect(coded(tiny, 'Qarnovia did not commend Veldoria.')).toEqual(['057 true asserted'])
  expect(coded(changed, 'Qarnovia did not commend Veldoria.')).toEqual(['057 false asserted'])
  expect(coded(tiny, 'Qarnovia reportedly commended Veldoria.')).toEqual(['057 false reported'])
  expect(coded(changed, 'Qarnovia reportedly commended Veldoria.')).toEqual(['057 false asserted'])
  // the package's pipeline, built before, still reads its own
  expect(coded(standard, 'Canada did not impose new sanctions on Iran.')).toEqual(['163 true asserted'])
})

test('a lexicon without a class the grammar reads is refused when the pipeline is built, naming the class', () => {
  const lexicon = lexiconOf(Object.fromEntries(GRAMMAR_CLASSES.filter((n) => n !== 'SAY_VERBS').map((n) => [n, ['x']])))
  expect(() => createPipeline({ ...tinyKnowledge, lexicon })).toThrow(/Lexicon class SAY_VERBS is not defined/)
})

test('two pipelines over different resources in one process do not share what they learned', () => {
  const text = 'Qarnovia commended Veldoria. The Qarnovian envoy met Veldoria.'
  const first = events(tiny, text)
  expect(events(standard, text)).toEqual([])
  expect(events(tiny, text)).toEqual(first)
})

/**
 * Wraps a stage so that the layers it reads are recorded. Each run sees fresh copies of the layers, so that no
 * cache keyed by a layer's identity (the doc index, the coder's view) hands it what an earlier stage read.
 */
function watched(stage: Stage, reads: Map<string, Set<LayerName>>): Stage {
  const layers = new Set<string>(['zones', 'sentences', 'tokens', 'times', 'mentions', 'entities', 'events', 'facts'])
  return {
    ...stage,
    run(doc, ctx) {
      const seen = reads.get(stage.name) ?? new Set<LayerName>()
      reads.set(stage.name, seen)
      const copies = new Map<string, unknown>()
      const proxy = new Proxy(doc, {
        get(target, key, receiver) {
          if (typeof key !== 'string' || !layers.has(key)) return Reflect.get(target, key, receiver) as unknown
          seen.add(key as LayerName)
          if (!copies.has(key)) copies.set(key, [...(target[key as LayerName] as unknown[])])
          return copies.get(key)
        },
      })
      return stage.run(proxy, ctx)
    },
  }
}

test('every stage declares every layer it reads', () => {
  const reads = new Map<string, Set<LayerName>>()
  const pipeline = assemblePipeline(standard.stages.map((stage) => watched(stage, reads)))
  const samples = join('data', 'samples', 'text')
  const texts = readdirSync(samples)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(samples, name), 'utf8'))
  expect(texts.length).toBeGreaterThan(3)
  const docs: Doc[] = pipeline.runAll(texts.map((text) => docOf(text, { published: '2023-04-05' })))
  expect(docs.some((doc) => doc.events.length > 0 && doc.facts.length > 0)).toBe(true)
  for (const stage of standard.stages) {
    const declared = new Set([...stage.needs, ...(stage.annotates ?? []), ...stage.adds])
    const undeclared = [...(reads.get(stage.name) ?? [])].filter((layer) => !declared.has(layer))
    expect(undeclared, `stage "${stage.name}" reads layers it does not declare`).toEqual([])
  }
})

test('one stage adds each layer: coreference annotates the mentions the recognizer adds', () => {
  const owners = standard.stages.flatMap((stage) => stage.adds)
  expect(new Set(owners).size).toBe(owners.length)
  const coref = standard.stages.find((stage) => stage.name === 'coref')
  expect(coref?.annotates).toEqual(['mentions'])
  expect(coref?.adds).not.toContain('mentions')
})

test('the code stage hands the sentence view it built on with the document, and relate reads that one', () => {
  const doc = tiny.run(docOf('Qarnovia commended Veldoria on Monday.', { published: '2024-03-05' }))
  expect(doc.view?.doc.mentions).toBe(doc.mentions)
  expect([...(doc.view?.actorStart.values() ?? [])].map((span) => span.ref.entity)).toEqual(['QRN', 'VLD'])
  const words = wordsOf(tinyKnowledge.lexicon)
  expect(viewOf(doc, tinyKnowledge.kb, words).actorStart).toBe(doc.view?.actorStart)
  // with no view handed on, one is built: nothing is kept between stages but the document
  const { view: _view, ...bare } = doc
  expect(viewOf(bare, tinyKnowledge.kb, words).actorStart).not.toBe(doc.view?.actorStart)
})

test("a pipeline built with a KB whose folder has a title table reads titles from that table, not the package's", () => {
  const titled = mkdtempSync(join(tmpdir(), 'entente-titled-kb-'))
  try {
    writeFileSync(join(titled, 'countries.json'), JSON.stringify([{ id: 'VLD', name: 'Veldoria', demonyms: [] }]))
    for (const file of ['organizations.json', 'regions.json', 'places.json']) writeFileSync(join(titled, file), '[]')
    mkdirSync(join(titled, 'people'))
    const table = {
      titles: [{ title: 'Grand Vizier', office: 'grand vizier' }],
      honorifics: [],
      offices: { 'grand vizier': ['first servant of the realm'] },
      modifiers: [],
      roleNouns: ['vizier'],
      beforeName: ['grand'],
    }
    writeFileSync(join(titled, 'titles.json'), JSON.stringify(table))
    const kb = loadKb(titled)
    expect(kb.titles.office('First Servant of the Realm')).toBe('grand vizier')
    const pipeline = createPipeline({ ...tinyKnowledge, kb })
    const people = (built: typeof tiny, text: string) =>
      built
        .run(docOf(text, { published: '2024-03-05' }))
        .mentions.filter((m) => m.type === 'PERSON')
        .map((m) => `${m.text}: ${m.role?.title ?? '-'}`)
    // the tiny table's title is read before a name; the package's "Foreign Minister" is not a title there
    expect(people(pipeline, 'Grand Vizier Olan Brask visited Veldoria on Monday.')).toEqual([
      'Olan Brask: Grand Vizier',
    ])
    expect(people(pipeline, 'Foreign Minister Olan Brask visited Veldoria.')).not.toContain(
      'Olan Brask: Foreign Minister',
    )
    // and the other way round with the package's table
    expect(people(tiny, 'Grand Vizier Olan Brask visited Veldoria on Monday.')).not.toContain(
      'Olan Brask: Grand Vizier',
    )
    expect(people(tiny, 'Foreign Minister Olan Brask visited Veldoria.')).toEqual(['Olan Brask: Foreign Minister'])
  } finally {
    rmSync(titled, { recursive: true, force: true })
  }
})
