import { describe, expect, test } from 'vitest'
import { docOf, type CodedEvent, type Doc, type LayerName, type Mention } from '../document.js'
import { evaluateSets } from './evaluate.js'
import { formatTable } from './format-table.js'
import type { GoldDoc } from './gold.js'

const TEXT = 'Japan thanked NATO in Brussels.'
const ALL_LAYERS: LayerName[] = ['mentions', 'entities', 'events', 'facts', 'times']

function mention(text: string, extra: Partial<Mention>): Mention {
  const start = TEXT.indexOf(text)
  return {
    id: `m${start}`,
    start,
    end: start + text.length,
    text,
    type: 'ORGANIZATION',
    form: 'name',
    confidence: 1,
    ...extra,
  }
}

const EVENT: CodedEvent = {
  id: 'e1',
  source: { entity: 'JPN' },
  target: { entity: 'NATO' },
  cameo: '051',
  goldstein: 3.4,
  quad: 1,
  negated: false,
  modality: 'asserted',
  confidence: 1,
  trigger: { start: 6, end: 13 },
  evidence: { start: 0, end: 31 },
  sentence: 0,
  rule: 'test',
}

/** What a fake system "finds" in every document. */
function system(): Doc {
  return docOf(TEXT, {
    mentions: [
      mention('Japan', { type: 'LOCATION', entity: 'JPN', kind: 'country' }),
      mention('NATO', { entity: 'NATO', kind: 'organization' }),
      mention('Brussels', { type: 'LOCATION', entity: 'place:brussels', kind: 'place' }),
    ],
    entities: [
      { id: 'JPN', kind: 'country', name: 'Japan', mentions: ['m0'] },
      { id: 'NATO', kind: 'organization', name: 'NATO', mentions: ['m14'] },
      { id: 'place:brussels', kind: 'place', name: 'Brussels', mentions: ['m22'] },
    ],
    events: [EVENT],
  })
}

function goldOf(extra: Partial<GoldDoc>): GoldDoc {
  return { id: 'g', text: TEXT, file: 'g.gold.json', textPath: 'g.gold.json', scored: [], ...extra }
}

const EVENTS_GOLD = goldOf({
  id: 'events-doc',
  scored: ['events'],
  events: [{ source: 'JPN', target: 'NATO', cameo: ['051'] }],
})
const MENTIONS_GOLD = goldOf({
  id: 'mentions-doc',
  scored: ['mentions'],
  mentions: [{ start: 14, end: 18, text: 'NATO', type: 'ORGANIZATION' }],
})

describe('evaluateSets', () => {
  test('a part a document does not annotate is null, even when the system produces it', async () => {
    const report = await evaluateSets([{ name: 'mentions-set', docs: [MENTIONS_GOLD] }], {
      analyze: system,
      layers: ALL_LAYERS,
    })
    const set = report.sets['mentions-set']
    expect(set?.events).toBeNull()
    expect(set?.facts).toBeNull()
    expect(set?.mentions?.exact).toEqual({ p: 1, r: 1, f1: 1, tp: 1, fp: 0, fn: 0 })
    expect(set?.not_built).toEqual([])
    expect(report.documents[0]?.events).toBeNull()
  })

  test('a part whose layer no stage builds is null and marked not built', async () => {
    const report = await evaluateSets([{ name: 'events-set', docs: [EVENTS_GOLD] }], {
      analyze: system,
      layers: ['mentions'],
    })
    expect(report.overall.events).toBeNull()
    expect(report.overall.not_built).toEqual(['events'])
    expect(report.sets['events-set']?.not_built).toEqual(['events'])
    expect(report.documents[0]?.missed).toEqual([])
    expect(formatTable(report)).toContain('not scored (no stage builds it yet)')
  })

  test('overall adds the counts of every set', async () => {
    const sets = [
      { name: 'events-set', docs: [EVENTS_GOLD, { ...EVENTS_GOLD, id: 'second', events: [] }] },
      { name: 'mentions-set', docs: [MENTIONS_GOLD] },
    ]
    const report = await evaluateSets(sets, { analyze: system, layers: ALL_LAYERS })
    expect(Object.keys(report.sets)).toEqual(['events-set', 'mentions-set'])
    // The second document annotates events and has none: the system's event there is spurious.
    expect(report.overall.events?.full).toEqual({ p: 0.5, r: 1, f1: 0.6667, tp: 1, fp: 1, fn: 0 })
    expect(report.overall.mentions?.partial.tp).toBe(1)
    expect(report.overall.documents).toBe(3)
    expect(report.documents.map((doc) => doc.spurious.length)).toEqual([0, 1, 0])
  })

  test('entities: found through a linked mention; precision over countries, organizations and people', async () => {
    const gold = goldOf({
      scored: ['entities'],
      entities: [
        { id: 'JPN', kind: 'country' },
        { id: 'USA', kind: 'country' },
      ],
    })
    const report = await evaluateSets([{ name: 's', docs: [gold] }], { analyze: system, layers: ALL_LAYERS })
    // NATO is spurious; place:brussels is not a scored kind.
    expect(report.overall.entities?.match).toEqual({ p: 0.5, r: 0.5, f1: 0.5, tp: 1, fp: 1, fn: 1 })
  })

  test('nothing produced gives null ratios, not zeros', async () => {
    const report = await evaluateSets([{ name: 's', docs: [EVENTS_GOLD] }], {
      analyze: () => docOf(TEXT),
      layers: ALL_LAYERS,
    })
    expect(report.overall.events?.root).toEqual({ p: null, r: 0, f1: 0, tp: 0, fp: 0, fn: 1 })
    expect(report.overall.events?.date_accuracy).toBeNull()
  })

  test('--verbose lists missed and spurious items per document', async () => {
    const gold = goldOf({ id: 'doc-1', scored: ['events'], events: [{ source: 'JPN', target: 'USA', cameo: ['051'] }] })
    const report = await evaluateSets([{ name: 's', docs: [gold] }], { analyze: system, layers: ALL_LAYERS })
    const table = formatTable(report, { verbose: true })
    expect(table).toContain('doc-1 (s)')
    expect(table).toContain('missed    events    JPN → USA 051')
    expect(table).toContain('spurious  events    JPN → NATO 051')
  })
})
