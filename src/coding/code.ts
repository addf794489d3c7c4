import type { ActorRef, CodedEvent, Doc, Span } from '../document.js'
import type { Stage } from '../pipeline.js'
import { codeSentence } from './code-sentence.js'
import { dateSentence } from './dates.js'
import type { VerbDictionary } from './dictionary.js'
import type { EventDraft } from './draft.js'
import { dedupe, inheritDates } from './narrative.js'
import type { Scan } from './sentence.js'
import {
  afterLocative,
  type CodingKb,
  type Lexicon,
  viewOf,
  type DocView,
  type Words,
  wordsOf,
} from '../nlp/syntax/index.js'
import type { CodeTables } from './tables.js'
import type { WordNetVerbs } from './wordnet.js'

/** The place of a sentence's events: a place mention after "in" or "at" ("talks in Brussels"). */
function placeOf(view: DocView, draft: EventDraft, first: number, end: number): string | undefined {
  let best: string | undefined
  let distance = Infinity
  // places come in text order: start at the sentence's first, stop at its end
  const { places } = view
  let low = 0
  let high = places.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (places[middle]!.first < first) low = middle + 1
    else high = middle
  }
  for (let k = low; k < places.length && places[k]!.first < end; k++) {
    const place = places[k]!
    if (place.last >= end) continue
    if (!afterLocative(view, place.first)) continue
    const d = Math.abs(place.first - draft.head)
    if (d < distance) {
      best = place.entity
      distance = d
    }
  }
  return best
}

function evidenceOf(view: DocView, draft: EventDraft): Span {
  const sentence = view.doc.sentences[draft.sentence] ?? { start: 0, end: view.doc.text.length }
  const start = view.tokens[draft.clause[0]]?.start ?? sentence.start
  const end = view.tokens[draft.clause[1]]?.end ?? sentence.end
  return { start: Math.max(sentence.start, start), end: Math.min(sentence.end, end) }
}

function domesticSide(ref: ActorRef): ActorRef {
  const { group: _group, code: _code, ...rest } = ref
  return { ...rest, code: ref.entity }
}

function toEvent(view: DocView, tables: CodeTables, draft: EventDraft, index: number): CodedEvent | undefined {
  const info = tables.cameo(draft.code)
  if (!info) return undefined
  const plover = tables.plover(draft.code)
  const head = view.tokens[draft.head]
  const last = view.tokens[draft.last]
  if (!head || !last) return undefined
  // assigned in the output's key order rather than spread from conditional literals (this runs for every event)
  const event: { -readonly [K in keyof CodedEvent]?: CodedEvent[K] } = { id: `event-${index + 1}` }
  if (draft.source) event.source = draft.source.ref
  // a domestic event's target is the source's country, not the source itself: it keeps the country's code alone
  if (draft.target) event.target = draft.target === draft.source ? domesticSide(draft.target.ref) : draft.target.ref
  event.cameo = draft.code
  if (plover) event.plover = plover
  event.goldstein = info.goldstein
  event.quad = info.quad
  event.negated = draft.negated
  event.modality = draft.modality
  if (draft.date) event.date = draft.date
  if (draft.dateAfter) event.dateAfter = draft.dateAfter
  if (draft.place) event.place = draft.place
  event.confidence = Math.round(draft.confidence * 100) / 100
  event.trigger = { start: head.start, end: last.end }
  event.evidence = evidenceOf(view, draft)
  event.sentence = draft.sentence
  event.rule = draft.rule
  return event as CodedEvent
}

/** What the coder reads besides the document. */
export interface CodeResources {
  /** Links actors: a person's country, an organ's organization, a demonym's country. */
  readonly kb: CodingKb
  /** Verb patterns and their CAMEO codes, compiled with the lexicon's word classes. */
  readonly dictionary: VerbDictionary
  /**
   * Word classes: the dictionary was compiled with them, and the coder's and the sentence layer's own rules read
   * theirs from it (GRAMMAR_CLASSES: governing, light and saying verbs, negators, clause openers…).
   */
  readonly lexicon: Lexicon
  /** CAMEO codes (Goldstein, quad class, traits, governed forms) and the CAMEO → PLOVER crosswalk. */
  readonly tables: CodeTables
  /** WordNet verbs for the back-off of a verb no entry heads, read at the first call (most documents never ask). */
  readonly wordnet: () => WordNetVerbs
}

/**
 * Codes the events of a document with a KB, a verb dictionary, a lexicon and code tables (`words`: the lexicon's
 * grammar classes, which the stage resolves once).
 */
export function codeEvents(
  doc: Doc,
  resources: CodeResources,
  words: Words = wordsOf(resources.lexicon),
): CodedEvent[] {
  return codeView(viewOf(doc, resources.kb, words), resources)
}

/** Codes the events of a document's view (built with the stage's KB and words). */
function codeView(view: DocView, resources: CodeResources): CodedEvent[] {
  const { dictionary, tables, wordnet } = resources
  const all: EventDraft[] = []
  let previous: EventDraft[] = []
  view.sentenceTokens.forEach(([first, end], sentence) => {
    const scan: Scan = { view, dictionary, tables, wordnet, sentence, first, end, drafts: [], previous, told: all }
    codeSentence(scan)
    dateSentence(view, scan.drafts, first, end)
    for (const draft of scan.drafts) {
      const place = placeOf(view, draft, first, end)
      if (place) draft.place = place
    }
    all.push(...scan.drafts)
    previous = scan.drafts
  })
  inheritDates(view, all)
  const events: CodedEvent[] = []
  for (const draft of dedupe(view, all)) {
    const event = toEvent(view, tables, draft, events.length)
    if (event) events.push(event)
  }
  return events
}

/** The coding stage: source · verb phrase · target → CAMEO and PLOVER, with negation, modality, date and place. */
export function createCode(resources: CodeResources): Stage {
  const words = wordsOf(resources.lexicon)
  return {
    name: 'code',
    needs: ['zones', 'sentences', 'tokens', 'mentions', 'entities', 'times'],
    adds: ['events'],
    // the view goes on with the document: relate reads it (doc.view) rather than building its own
    run(doc) {
      const view = viewOf(doc, resources.kb, words)
      return { events: codeView(view, resources), view }
    },
  }
}
