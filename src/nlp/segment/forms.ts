import type { Token } from '../../document.js'
import { internedWords, NO_WORD, wordId } from './intern.js'

/**
 * Irregular past forms news verbs take; wink's lemmatizer misses some after proper nouns ("Turkey shot down"). A Map,
 * not an object: a word of the text such as "constructor" must not find the object's own properties.
 */
const IRREGULAR = new Map<string, string>(
  Object.entries({
    shot: 'shoot',
    forgave: 'forgive',
    forgiven: 'forgive',
    fought: 'fight',
    sought: 'seek',
    struck: 'strike',
    met: 'meet',
    held: 'hold',
    gave: 'give',
    given: 'give',
    sent: 'send',
    took: 'take',
    retook: 'retake',
    retaken: 'retake',
    taken: 'take',
    made: 'make',
    brought: 'bring',
    spoke: 'speak',
    spoken: 'speak',
    froze: 'freeze',
    frozen: 'freeze',
    broke: 'break',
    broken: 'break',
    began: 'begin',
    begun: 'begin',
    beaten: 'beat',
    stood: 'stand',
    swore: 'swear',
    sworn: 'swear',
    withdrew: 'withdraw',
    withdrawn: 'withdraw',
    lent: 'lend',
    flew: 'fly',
    flown: 'fly',
    left: 'leave',
    paid: 'pay',
    laid: 'lay',
    upheld: 'uphold',
    overthrew: 'overthrow',
    overthrown: 'overthrow',
    drew: 'draw',
    drawn: 'draw',
    forbade: 'forbid',
    forbidden: 'forbid',
    fled: 'flee',
    sank: 'sink',
    sunk: 'sink',
    bore: 'bear',
    chose: 'choose',
    chosen: 'choose',
    kept: 'keep',
    sold: 'sell',
    won: 'win',
    threw: 'throw',
    thrown: 'throw',
    undertook: 'undertake',
    wrote: 'write',
    written: 'write',
  }),
)

/**
 * Forms wink lemmatizes to another word, by cutting a silent e with the suffix ("raped" → "rap", "staged" → "stag",
 * "waged" → "wag", "fined" → "fin"): found by inflecting every head verb of the dictionary and reading it back.
 */
const MENDED_LEMMAS = new Map<string, string>(
  Object.entries({
    raped: 'rape',
    raping: 'rape',
    taped: 'tape',
    taping: 'tape',
    scraped: 'scrape',
    scraping: 'scrape',
    staged: 'stage',
    waged: 'wage',
    waging: 'wage',
    raged: 'rage',
    raging: 'rage',
    fined: 'fine',
    fining: 'fine',
    dined: 'dine',
    sniped: 'snipe',
    sniping: 'snipe',
    spared: 'spare',
    caned: 'cane',
    gauged: 'gauge',
  }),
)

/** The token's lemma, mended where wink's is another word. */
export function mendLemma(norm: string, lemma: string): string {
  return MENDED_LEMMAS.get(norm) ?? lemma
}

const VOWELS = /[aeiou]/
/** Only these tags can head a pattern or be mis-lemmatized verbs. */
const OPEN_CLASS = new Set(['VERB', 'NOUN', 'ADJ', 'PROPN', 'AUX', 'ADV'])

/**
 * A token's candidate base forms, with the word ids (`wordId`) of its norm and of each form, looked up at the size of
 * the word table `idsAt` (`internedWords`): a vocabulary compiled since may hold a word they missed, so they are
 * looked up again when the table has grown (`formIdsOf`). Kept with the forms, the ids are looked up once per word of
 * the cache rather than once per token of every document.
 */
export interface FormsOf {
  readonly forms: readonly string[]
  readonly norm: string
  normId: number
  ids: Int32Array
  idsAt: number
}

/**
 * Forms by word, then lemma and open class (all they depend on): news repeats its words, so most tokens reuse an
 * entry (its forms never mutated). Nested maps avoid building a string key per token.
 */
const FORMS = new Map<string, Map<string, [FormsOf | undefined, FormsOf | undefined]>>()
let cached = 0
/** Forms kept at most before the cache is dropped: as many as the words of segment.ts (MAX_WORDS), for the same reason. */
export const MAX_FORMS = 50_000

/** Forms in the cache now (never more than MAX_FORMS). */
export function formsCached(): number {
  return cached
}

/** Candidate base forms of a token: its lemma, its lower-case form, and suffix-stripped guesses. */
export function formsOf(token: Token): readonly string[] {
  return formEntryOf(token).forms
}

/** The cached forms of a token with their word ids (`FormsOf`; the ids are read through `formIdsOf`). */
export function formEntryOf(token: Token): FormsOf {
  let byLemma = FORMS.get(token.norm)
  if (!byLemma) {
    if (cached >= MAX_FORMS) {
      FORMS.clear()
      cached = 0
    }
    byLemma = new Map()
    FORMS.set(token.norm, byLemma)
  }
  const open = OPEN_CLASS.has(token.pos)
  let pair = byLemma.get(token.lemma)
  let entry = pair?.[open ? 1 : 0]
  if (!entry) {
    cached++
    entry = { forms: computeForms(token), norm: token.norm, normId: NO_WORD, ids: NO_IDS, idsAt: -1 }
    if (!pair) byLemma.set(token.lemma, (pair = [undefined, undefined]))
    pair[open ? 1 : 0] = entry
  }
  return entry
}

const NO_IDS = new Int32Array(0)

/** The entry's word ids (`wordId`) of its norm and forms, looked up again when the word table has grown since. */
export function formIdsOf(entry: FormsOf): FormsOf {
  const size = internedWords()
  if (entry.idsAt !== size) {
    entry.normId = wordId(entry.norm)
    entry.ids = Int32Array.from(entry.forms, wordId)
    entry.idsAt = size
  }
  return entry
}

function computeForms(token: Token): string[] {
  const norm = token.norm
  const lemma = token.lemma.toLowerCase()
  if (!OPEN_CLASS.has(token.pos) || norm.length <= 4) {
    const base = lemma === norm ? [norm] : [lemma, norm]
    const irregular = IRREGULAR.get(norm)
    return irregular && !base.includes(irregular) ? [...base, irregular] : base
  }
  const forms = lemma === norm ? [norm] : [lemma, norm]
  const add = (form: string) => {
    if (!forms.includes(form)) forms.push(form)
  }
  const irregular = IRREGULAR.get(norm)
  if (irregular) add(irregular)
  const stem = (base: string) => {
    if (base.length < 2 || !VOWELS.test(base)) return
    add(base)
    add(`${base}e`)
    if (/([bdgklmnprt])\1$/.test(base)) add(base.slice(0, -1))
  }
  {
    if (norm.endsWith('ies') || norm.endsWith('ied')) add(`${norm.slice(0, -3)}y`)
    else if (norm.endsWith('ed')) stem(norm.slice(0, -2))
    else if (norm.endsWith('ing')) stem(norm.slice(0, -3))
    else if (norm.endsWith('en')) {
      add(norm.slice(0, -1))
      add(norm.slice(0, -2))
    } else if (norm.endsWith('es')) {
      add(norm.slice(0, -1))
      add(norm.slice(0, -2))
    } else if (norm.endsWith('s') && !norm.endsWith('ss')) add(norm.slice(0, -1))
  }
  return forms
}

/** Whether the surface form looks like a finite or past verb ("tortured", "shot", "cooperates"). */
export function looksLikeVerb(token: Token): boolean {
  return token.norm.endsWith('ed') || IRREGULAR.has(token.norm) || /[^s]s$/.test(token.norm)
}

/** Whether the token is an irregular past form ("shot", "struck", "held"), a verb even where a tagger says noun. */
export function irregularPast(token: Token): boolean {
  return IRREGULAR.has(token.norm)
}
