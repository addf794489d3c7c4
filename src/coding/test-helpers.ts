import { expect, test } from 'vitest'
import { analyze } from '../run.js'
import type { Doc, DocEntity, EntityKind, Mention, MentionForm, MentionType, TimeExpression } from '../document.js'
import { docOf } from '../document.js'
import { loadKb } from '../kb/index.js'
import { segment } from '../nlp/segment/index.js'
import type { PipelineResources } from '../pipeline.js'
import { loadVerbDictionary } from './dictionary.js'
import { loadLexicon } from '../nlp/syntax/index.js'
import { loadCodeTables } from './tables.js'
import { wordnetVerbs } from './wordnet.js'
import { codeEvents } from './code.js'

let resources: PipelineResources | undefined

/** The package's KB, dictionary and code tables, loaded once for the tests that code with them. */
export function packageResources(): PipelineResources {
  if (resources) return resources
  const lexicon = loadLexicon()
  resources = {
    kb: loadKb(),
    dictionary: loadVerbDictionary(undefined, { lexicon }),
    lexicon,
    tables: loadCodeTables(),
    wordnet: wordnetVerbs,
  }
  return resources
}

/** A tiny test gazetteer: id, kind, names (and the form they take), and for people the actor they act for. */
interface Place {
  readonly id: string
  readonly kind: EntityKind
  readonly names: readonly string[]
  readonly demonyms?: readonly string[]
  readonly capitals?: readonly string[]
  readonly actsFor?: string
}

const COUNTRIES: [id: string, names: string[], demonyms: string[], capitals?: string[]][] = [
  ['AFG', ['Afghanistan'], ['Afghan']],
  ['ALB', ['Albania'], ['Albanian']],
  ['ARG', ['Argentina'], ['Argentine']],
  ['ARM', ['Armenia'], ['Armenian']],
  ['AUS', ['Australia'], ['Australian']],
  ['AZE', ['Azerbaijan'], ['Azerbaijani']],
  ['BGD', ['Bangladesh'], ['Bangladeshi']],
  ['BLR', ['Belarus'], ['Belarusian']],
  ['BRA', ['Brazil'], ['Brazilian']],
  ['CAN', ['Canada'], ['Canadian']],
  ['CHN', ['China'], ['Chinese'], ['Beijing']],
  ['COL', ['Colombia'], ['Colombian']],
  ['CUB', ['Cuba'], ['Cuban']],
  ['DEU', ['Germany'], ['German'], ['Berlin']],
  ['EGY', ['Egypt'], ['Egyptian'], ['Cairo']],
  ['ESP', ['Spain'], ['Spanish']],
  ['ETH', ['Ethiopia'], ['Ethiopian']],
  ['FIN', ['Finland'], ['Finnish']],
  ['FRA', ['France'], ['French'], ['Paris']],
  ['GBR', ['Britain', 'the United Kingdom'], ['British'], ['London']],
  ['GEO', ['Georgia'], ['Georgian']],
  ['GRC', ['Greece'], ['Greek']],
  ['IDN', ['Indonesia'], ['Indonesian']],
  ['IND', ['India'], ['Indian'], ['New Delhi']],
  ['IRN', ['Iran'], ['Iranian'], ['Tehran']],
  ['IRQ', ['Iraq'], ['Iraqi'], ['Baghdad']],
  ['ISR', ['Israel'], ['Israeli', 'Israelis']],
  ['ITA', ['Italy'], ['Italian'], ['Rome']],
  ['JOR', ['Jordan'], ['Jordanian']],
  ['JPN', ['Japan'], ['Japanese'], ['Tokyo']],
  ['KEN', ['Kenya'], ['Kenyan']],
  ['KWT', ['Kuwait'], ['Kuwaiti']],
  ['KOR', ['South Korea'], ['South Korean'], ['Seoul']],
  ['LBN', ['Lebanon'], ['Lebanese'], ['Beirut']],
  ['LBY', ['Libya'], ['Libyan']],
  ['MAR', ['Morocco'], ['Moroccan']],
  ['MEX', ['Mexico'], ['Mexican']],
  ['MMR', ['Myanmar'], ['Myanmar']],
  ['NGA', ['Nigeria'], ['Nigerian']],
  ['NLD', ['the Netherlands'], ['Dutch']],
  ['NOR', ['Norway'], ['Norwegian']],
  ['NZL', ['New Zealand'], []],
  ['PAK', ['Pakistan'], ['Pakistani'], ['Islamabad']],
  ['PHL', ['the Philippines'], ['Philippine', 'Filipino']],
  ['POL', ['Poland'], ['Polish'], ['Warsaw']],
  ['PRK', ['North Korea'], ['North Korean'], ['Pyongyang']],
  ['PSE', ['Palestine'], ['Palestinian', 'Palestinians']],
  ['QAT', ['Qatar'], ['Qatari']],
  ['RUS', ['Russia'], ['Russian'], ['Moscow', 'the Kremlin']],
  ['SAU', ['Saudi Arabia'], ['Saudi'], ['Riyadh']],
  ['SDN', ['Sudan'], ['Sudanese'], ['Khartoum']],
  ['SRB', ['Serbia'], ['Serbian']],
  ['SWE', ['Sweden'], ['Swedish']],
  ['SYR', ['Syria'], ['Syrian'], ['Damascus']],
  ['TUR', ['Turkey'], ['Turkish'], ['Ankara']],
  ['TWN', ['Taiwan'], ['Taiwanese'], ['Taipei']],
  ['UKR', ['Ukraine'], ['Ukrainian'], ['Kyiv']],
  ['USA', ['the United States', 'the U.S.', 'U.S.'], ['American'], ['Washington']],
  ['VEN', ['Venezuela'], ['Venezuelan']],
  ['VNM', ['Vietnam'], ['Vietnamese'], ['Hanoi']],
  ['YEM', ['Yemen'], ['Yemeni']],
  ['ZWE', ['Zimbabwe'], ['Zimbabwean']],
]

const OTHERS: Place[] = [
  {
    id: 'NATO',
    kind: 'organization',
    names: ['NATO', 'the trans-Atlantic alliance', 'the security alliance', 'the alliance'],
  },
  { id: 'EU', kind: 'organization', names: ['the European Union', 'EU'] },
  { id: 'UN', kind: 'organization', names: ['the United Nations', 'the U.N.', 'the UN', 'the Security Council'] },
  { id: 'G7', kind: 'organization', names: ['the Group of Seven', 'G-7', 'G7'] },
  { id: 'IAEA', kind: 'organization', names: ['the IAEA', 'the International Atomic Energy Agency'] },
  { id: 'ASEAN', kind: 'organization', names: ['ASEAN'] },
  { id: 'ICRC', kind: 'organization', names: ['the Red Cross'] },
  { id: 'WHO', kind: 'organization', names: ['the World Health Organization'] },
  { id: 'person:yoshimasa-hayashi', kind: 'person', names: ['Yoshimasa Hayashi', 'Hayashi'], actsFor: 'JPN' },
  { id: 'person:vladimir-putin', kind: 'person', names: ['Vladimir Putin', 'Putin'], actsFor: 'RUS' },
  { id: 'person:joe-biden', kind: 'person', names: ['Joe Biden', 'Biden'], actsFor: 'USA' },
  { id: 'person:emmanuel-macron', kind: 'person', names: ['Emmanuel Macron', 'Macron'], actsFor: 'FRA' },
  { id: 'person:xi-jinping', kind: 'person', names: ['Xi Jinping', 'Xi'], actsFor: 'CHN' },
  { id: 'person:narendra-modi', kind: 'person', names: ['Narendra Modi', 'Modi'], actsFor: 'IND' },
  { id: 'person:recep-tayyip-erdogan', kind: 'person', names: ['Recep Tayyip Erdogan', 'Erdogan'], actsFor: 'TUR' },
  { id: 'person:volodymyr-zelensky', kind: 'person', names: ['Volodymyr Zelensky', 'Zelensky'], actsFor: 'UKR' },
  { id: 'person:olaf-scholz', kind: 'person', names: ['Olaf Scholz', 'Scholz'], actsFor: 'DEU' },
  { id: 'place:brussels', kind: 'place', names: ['Brussels'] },
  { id: 'place:vilnius', kind: 'place', names: ['Vilnius'] },
  { id: 'place:geneva', kind: 'place', names: ['Geneva'] },
  { id: 'place:davos', kind: 'place', names: ['Davos'] },
  { id: 'region:indo-pacific', kind: 'region', names: ['the Indo-Pacific region', 'the Indo-Pacific'] },
]

interface Name {
  readonly text: string
  readonly id: string
  readonly kind: EntityKind
  readonly form: MentionForm
  readonly type: MentionType
}

function names(): Name[] {
  const list: Name[] = []
  for (const [id, countryNames, demonyms, capitals = []] of COUNTRIES) {
    for (const text of countryNames) list.push({ text, id, kind: 'country', form: 'name', type: 'LOCATION' })
    for (const text of demonyms) list.push({ text, id, kind: 'country', form: 'demonym', type: 'NATIONALITY' })
    // a plural demonym names a group of the country's people ("Iraqis", "Afghans"), as the recognizer reads it
    for (const text of demonyms.filter((d) => /(?:an|i|k)$/.test(d)))
      list.push({ text: `${text}s`, id, kind: 'country', form: 'demonym', type: 'ORGANIZATION' })
    for (const text of capitals) list.push({ text, id, kind: 'country', form: 'capital', type: 'LOCATION' })
  }
  for (const place of OTHERS) {
    const type: MentionType =
      place.kind === 'person' ? 'PERSON' : place.kind === 'organization' ? 'ORGANIZATION' : 'LOCATION'
    for (const text of place.names) {
      const form: MentionForm = text.startsWith('the ') && /^the [a-z]/.test(text) ? 'description' : 'name'
      list.push({ text, id: place.id, kind: place.kind, form, type })
    }
  }
  return list.sort((a, b) => b.text.length - a.text.length)
}

const NAMES = names()
const ACTS_FOR = new Map(OTHERS.filter((p) => p.actsFor).map((p) => [p.id, p.actsFor as string]))

/** Finds the nth occurrence (0-based) of `needle` in `text` as a whole word. */
export function findSpan(text: string, needle: string, occurrence = 0): { start: number; end: number } {
  let from = 0
  for (let n = 0; ; n++) {
    const start = text.indexOf(needle, from)
    if (start < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not found in "${text}"`)
    const end = start + needle.length
    const wordStart = start === 0 || !/[\w-]/.test(text[start - 1] ?? '')
    const wordEnd = end === text.length || !/\w/.test(text[end] ?? '')
    if (wordStart && wordEnd && n === occurrence) return { start, end }
    if (!(wordStart && wordEnd)) n--
    from = start + 1
  }
}

/** Mentions for every gazetteer name in the text, longest names first, never overlapping. */
export function gazetteerMentions(text: string): Mention[] {
  const taken: boolean[] = new Array<boolean>(text.length).fill(false)
  const mentions: Mention[] = []
  for (const name of NAMES) {
    for (const variant of [name.text, name.text.replace(/^the /, 'The ')]) {
      addAll(text, { ...name, text: variant }, taken, mentions)
    }
  }
  return mentions.sort((a, b) => a.start - b.start).map((m, i) => ({ ...m, id: `m${i + 1}` }))
}

function addAll(text: string, name: Name, taken: boolean[], mentions: Mention[]): void {
  {
    let from = 0
    for (;;) {
      const start = text.indexOf(name.text, from)
      if (start < 0) break
      from = start + 1
      const end = start + name.text.length
      const boundary = (start === 0 || !/[\w-]/.test(text[start - 1] ?? '')) && !/\w/.test(text[end] ?? '')
      if (!boundary || taken.slice(start, end).some(Boolean)) continue
      for (let i = start; i < end; i++) taken[i] = true
      mentions.push({
        id: '',
        start,
        end,
        text: name.text,
        type: name.type,
        form: name.form,
        entity: name.id,
        kind: name.kind,
        confidence: 1,
      })
    }
  }
}

/** A pronoun or description pointing at an entity: `{ text: 'its', entity: 'RUS' }`. */
export interface ExtraMention {
  readonly text: string
  readonly entity: string
  readonly occurrence?: number
  readonly kind?: EntityKind
  readonly form?: MentionForm
}

/** A time expression found by its text: `{ text: 'Wednesday', value: '2023-04-05' }`. */
export interface TimeSpec {
  readonly text: string
  readonly value?: string
  readonly precision?: TimeExpression['precision']
  readonly occurrence?: number
}

export interface TestDocOptions {
  readonly published?: string
  readonly times?: readonly TimeSpec[]
  readonly extra?: readonly ExtraMention[]
}

function precisionOf(value: string): TimeExpression['precision'] {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'day' : /^\d{4}-\d{2}$/.test(value) ? 'month' : 'year'
}

/** A Doc with real segmentation, gazetteer mentions, entities, and the given times and extra mentions. */
export function testDoc(text: string, options: TestDocOptions = {}): Doc {
  const base = docOf(text, { zones: [{ start: 0, end: text.length, kind: 'body' }] })
  const { sentences = [], tokens = [] } = segment.run(base, { report: () => {} })
  const mentions = gazetteerMentions(text)
  for (const extra of options.extra ?? []) {
    const span = findSpan(text, extra.text, extra.occurrence)
    const kind =
      extra.kind ??
      (extra.entity.startsWith('person:') ? 'person' : extra.entity.length > 3 ? 'organization' : 'country')
    mentions.push({
      id: `x${mentions.length + 1}`,
      ...span,
      text: extra.text,
      type: kind === 'person' ? 'PERSON' : kind === 'organization' ? 'ORGANIZATION' : 'LOCATION',
      form: extra.form ?? 'pronoun',
      entity: extra.entity,
      kind,
      confidence: 0.9,
    })
  }
  mentions.sort((a, b) => a.start - b.start)
  const byEntity = new Map<string, DocEntity>()
  for (const m of mentions) {
    if (!m.entity || !m.kind) continue
    const entity = byEntity.get(m.entity)
    const actsFor = ACTS_FOR.get(m.entity)
    byEntity.set(m.entity, {
      id: m.entity,
      kind: m.kind,
      name: entity?.name ?? m.text,
      mentions: [...(entity?.mentions ?? []), m.id],
      ...(actsFor ? { actsFor } : {}),
    })
  }
  const times: TimeExpression[] = (options.times ?? []).map((spec) => {
    const span = findSpan(text, spec.text, spec.occurrence)
    const resolved = spec.value !== undefined
    return {
      ...span,
      text: spec.text,
      type: 'DATE',
      precision: spec.precision ?? (spec.value ? precisionOf(spec.value) : 'day'),
      resolved,
      ...(spec.value ? { value: spec.value, anchor: 'published' as const } : {}),
    }
  })
  return {
    ...base,
    sentences,
    tokens,
    mentions,
    entities: [...byEntity.values()],
    times,
    ...(options.published ? { published: options.published } : {}),
  }
}

/**
 * The events coded in a sentence, written `SOURCE>TARGET ROOT modality` (with ` not` when negated): the root, not the
 * full code, so that the dictionary's sub-codes may be refined without touching the tests that read them.
 */
export function codedRoots(text: string, options?: TestDocOptions): string[] {
  return codedWith({ root: true, then: ['not', 'modality'] })(text, options)
}

/** A sentence, the events (as `codedRoots` writes them) it must code, and those it must not. */
export type RoleCase = [text: string, present: string[], absent: string[]]

export function checkRoles([text, present, absent]: RoleCase, options?: TestDocOptions): void {
  const events = codedRoots(text, options)
  for (const event of present) expect(events, text).toContain(event)
  for (const event of absent) expect(events, text).not.toContain(event)
}

/** How `codedWith` writes an event: "SRC>TGT CODE" and what follows the code. */
export interface CodedFormat {
  /** Between source and target: '>' (the default) or '→'. */
  readonly arrow?: string
  /** The root of the code only ("04"). */
  readonly root?: boolean
  /** What follows the code, in order: " not" when negated (nothing otherwise), the modality, confidence, rule. */
  readonly then?: readonly ('not' | 'modality' | 'confidence' | 'rule')[]
  /** Resources in place of the package's (a test's own dictionary). */
  readonly resources?: Partial<PipelineResources>
}

/** The one `coded` of the coder's tests: the events of a text (or test doc), coded and written in `format`. */
export function codedWith(format: CodedFormat = {}): (input: string | Doc, options?: TestDocOptions) => string[] {
  const { arrow = '>', root = false, then = [] } = format
  return (input, options) => {
    const doc = typeof input === 'string' ? testDoc(input, options) : input
    return codeEvents(doc, { ...packageResources(), ...format.resources }).map((e) => {
      let line = `${e.source?.entity ?? '-'}${arrow}${e.target?.entity ?? '-'} ${root ? e.cameo.slice(0, 2) : e.cameo}`
      for (const part of then) line += part === 'not' ? (e.negated ? ' not' : '') : ` ${e[part]}`
      return line
    })
  }
}

/** One side of an event as the whole-pipeline tables write it: entity and CAMEO actor code ("IRQ/IRQCOP"), or "-". */
function sideOf(ref?: { entity: string; code?: string }): string {
  return ref ? `${ref.entity}/${ref.code ?? ''}` : '-'
}

/**
 * The events of a text run through the whole pipeline with the package's KB and dictionary, each written
 * "SOURCE>TARGET ROOT" with both sides as entity/actor code: "RWA/RWAUAF>RWA/RWACVL 19".
 */
export function codedWhole(text: string, published: string): string[] {
  return analyze({ id: 't', text, published, source: { kind: 'text', path: 't' } }).events.map(
    (e) => `${sideOf(e.source)}>${sideOf(e.target)} ${e.cameo.slice(0, 2)}`,
  )
}

/** A text, its publication date, the events (as `codedWhole` writes them) it must code, and those it must not. */
export type CodedCase = [text: string, published: string, present: readonly string[], absent?: readonly string[]]

/** One test per row: the whole pipeline codes each `present` event of the text and none of its `absent` ones. */
export function codedCases(rows: readonly CodedCase[]): void {
  test.each(rows.map((row) => [row[0], row] as const))('%s', (_text, [text, published, present, absent = []]) => {
    const events = codedWhole(text, published)
    for (const event of present) expect(events, text).toContain(event)
    for (const event of absent) expect(events, text).not.toContain(event)
  })
}

/** The events of a text through the whole pipeline, each "SOURCE>TARGET code modality" ("GBR>RUS 161 asserted"). */
export function codedFull(text: string, published = '2024-03-05'): string[] {
  const doc = analyze({ id: 't', text, published, source: { kind: 'text', path: 't' } })
  return doc.events.map((e) => `${e.source?.entity ?? '-'}>${e.target?.entity ?? '-'} ${e.cameo} ${e.modality}`)
}

/** One test per sentence: the whole pipeline codes exactly these events (as `codedFull` writes them), no more. */
export function codesEach(cases: readonly (readonly [text: string, events: readonly string[]])[]): void {
  for (const [text, events] of cases) {
    test(JSON.stringify(text), () => {
      expect(codedFull(text)).toEqual(events)
    })
  }
}

/** A text, the events (as `codedFull` writes them) it must code, and those it must not ("*": no event at all). */
export type FullCase = [text: string, present: string[], absent?: string[]]

/** One test per row: the whole pipeline codes each `present` event of the text and none of its `absent` ones. */
export function fullCases(cases: readonly FullCase[]): void {
  for (const [text, present, absent = []] of cases) {
    test(text, () => {
      const events = codedFull(text)
      for (const event of present) expect(events, text).toContain(event)
      for (const event of absent) expect(events, text).not.toContain(event)
      if (absent.includes('*')) expect(events, text).toEqual([])
    })
  }
}
