import { type ActorSpan, type Chain, irregularPast, type DocView, lemmaOf, matchesWord } from '../nlp/syntax/index.js'
import type { CompiledEntry } from './dictionary.js'
import { matchAt, type Match } from './match.js'
import { fitsAt } from './pos-fit.js'
import { entriesAt, type Scan } from './sentence.js'

const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])
const MAX_PHRASE = 6

/** The first token of the noun phrase right before a passive verb group ("Two Russian diplomats were …"). */
function patientStart(view: DocView, chainStart: number, first: number): number {
  let i = chainStart - 1
  for (let n = 0; i >= first && n < MAX_PHRASE; n++) {
    const span = view.actorCover.get(i)
    if (span) i = span.first - 1
    else if (PHRASE_POS.has(view.tokens[i]?.pos ?? '')) i--
    else break
  }
  return i + 1
}

/**
 * A passive whose subject holds the pattern's object words: "Russian diplomats were expelled" ("expel $TARGET
 * diplomat"), "new sanctions were imposed on Iran by the EU" ("impose sanction on $TARGET"). The words found in
 * the subject are taken as matched; a target after a preposition is then read as in the active ("on Iran"), and a
 * target right after the head is the subject itself, which the caller reads.
 */
export function passiveObjectMatch(scan: Scan, i: number, chain: Chain): Match | undefined {
  const { view, first, end } = scan
  if (!chain.passive) return undefined
  const from = patientStart(view, chain.start, first)
  if (from >= chain.start) return undefined
  const fits = fitsAt(view, i)
  for (const item of entriesAt(scan, i) ?? []) {
    if (item.entry.noun || item.entry.default || !fits(item)) continue
    const rest = withoutSubjectWords(view, item, from, chain.start)
    if (!rest) continue
    const match = matchAt(view, i, end, rest, false)
    if (match && !match.open) return { ...match, item }
  }
  return undefined
}

/** The entry's elements with the words found in tokens [from, to) left out, or undefined when none is found. */
function withoutSubjectWords(view: DocView, item: CompiledEntry, from: number, to: number): CompiledEntry | undefined {
  const found = (words: ReadonlySet<string>) => {
    for (let k = from; k < to; k++) if (!view.actorCover.has(k) && matchesWord(view.forms[k], words)) return true
    return false
  }
  const elements = item.elements.filter((e, n) => n === 0 || e.kind !== 'word' || e.optional || !found(e.words))
  if (elements.length === item.elements.length) return undefined
  // the first target slot after the head with no required word before it is the passive's subject, which the
  // caller reads ("expel $TARGET diplomat", "expel &DIPLOMAT from? $TARGET"); a slot after a preposition the
  // pattern requires is read after the verb ("impose sanction on $TARGET": "imposed on Iran")
  let direct = -1
  for (let n = 1; n < elements.length; n++) {
    const e = elements[n]!
    if (e.kind === 'slot') {
      direct = n
      break
    }
    if (e.kind === 'word' && !e.optional) break
  }
  return { ...item, elements: direct < 0 ? elements : elements.filter((_, n) => n !== direct) }
}

/**
 * A past participle with a by-phrase after a noun, with no "be": "soldiers captured by Russia", "talks hosted by
 * Qatar". It reads as a passive: the by-phrase acts, the noun before undergoes. After a common noun the by-phrase may
 * follow the participle's own prepositional phrase when it names an actor: "sanctions imposed on Iran by Britain",
 * "troops stationed in Poland by NATO" (not "the army retaliated against Hamas by shelling Gaza").
 */
export function reducedPassive(view: DocView, i: number): boolean {
  const token = view.tokens[i]
  const before = view.tokens[i - 1]
  if (!token || !before) return false
  if (!token.norm.endsWith('ed') && !irregularPast(token)) return false
  if (!view.words.AGENT_PREPOSITIONS.has(view.tokens[i + 1]?.norm ?? '')) {
    const noun = before.pos === 'NOUN' || before.pos === 'PROPN'
    return noun && !view.actorCover.has(i - 1) && actorAfterPhrase(view, i + 1)
  }
  const after =
    before.pos === 'NOUN' ||
    before.pos === 'PROPN' ||
    before.norm === ',' ||
    view.actorEnd.has(i - 1) ||
    coordinatedPassive(view, i)
  // "Scholz spoke by phone with Macron", "talked by video link": a by-phrase naming no actor is a means, not an agent
  return after && actorAfterBy(view, i + 2)
}

/** How far back the passive verb a participle is coordinated with may stand: "was drafted by France and vetoed". */
const COORDINATED_REACH = 10

/**
 * "The resolution was drafted by France and vetoed by Russia": a participle after "and" whose clause's verb before it
 * is a passive shares its auxiliary.
 */
function coordinatedPassive(view: DocView, i: number): boolean {
  if (view.tokens[i - 1]?.pos !== 'CCONJ') return false
  for (let k = i - 2; k > Math.max(0, i - COORDINATED_REACH); k--) {
    const token = view.tokens[k]
    if (!token || token.sentence !== view.tokens[i]?.sentence || token.norm === ',' || token.norm === ';') return false
    if (token.pos !== 'VERB') continue
    let a = k - 1
    while (view.tokens[a]?.pos === 'ADV') a--
    return view.words.PASSIVE_AUXILIARIES.has(lemmaOf(view.tokens[a]))
  }
  return false
}

/** Words a by-phrase's actor may stand behind: "by the", "by Russian", "by heavy Israeli". */
const BY_REACH = 3

/** Whether an actor or a mention ("the Ambassador of …") begins within a few determiners and adjectives from `at`. */
function actorAfterBy(view: DocView, at: number): boolean {
  for (let j = at; j < at + BY_REACH; j++) {
    if (view.actorCover.has(j) || view.mentionCover.has(j)) return true
    const pos = view.tokens[j]?.pos
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM') return false
  }
  return false
}

/** A prepositional phrase from token `at` ("on Iran", "in eastern Syria") followed by "by" and an actor. */
function actorAfterPhrase(view: DocView, at: number): boolean {
  if (view.tokens[at]?.pos !== 'ADP') return false
  let j = at + 1
  for (let n = 0; n < MAX_PHRASE; n++) {
    const span = view.actorCover.get(j)
    if (span) j = span.last + 1
    else if (PHRASE_POS.has(view.tokens[j]?.pos ?? '')) j++
    else break
  }
  if (j === at + 1 || !view.words.AGENT_PREPOSITIONS.has(view.tokens[j]?.norm ?? '')) return false
  const next = view.tokens[j + 1]?.pos === 'DET' ? j + 2 : j + 1
  return view.actorCover.has(next)
}

/** How far past the comma a fronted participle's patient may begin ("the Saudi-led coalition"). */
const FRONTED_PATIENT_REACH = 3

/**
 * A past participle opening the sentence with a by-phrase: "Backed by Russian air strikes, Syrian troops recaptured
 * Palmyra", "Supported by French warplanes, Malian soldiers retook Timbuktu". It is a passive whose patient is the
 * main clause's subject, after the comma that closes it; the backer is neither the participle's target nor the main
 * verb's source. Returns that patient (none when no actor opens the main clause), or undefined for no such participle.
 */
export function frontedParticiple(view: DocView, i: number, first: number, end: number): ActorSpan[] | undefined {
  const token = view.tokens[i]
  if (i !== first || !token || view.actorCover.has(i)) return undefined
  if (!token.norm.endsWith('ed') && !irregularPast(token)) return undefined
  if (!view.words.AGENT_PREPOSITIONS.has(view.tokens[i + 1]?.norm ?? '')) return undefined
  let comma = i + 2
  while (comma < end && view.tokens[comma]?.norm !== ',') {
    const pos = view.tokens[comma]?.pos
    if (pos === 'VERB' || pos === 'AUX') return undefined
    comma++
  }
  if (comma >= end) return undefined
  for (let k = comma + 1; k < Math.min(end, comma + 1 + FRONTED_PATIENT_REACH); k++) {
    const span = view.actorStart.get(k)
    if (span) return [span]
    if (view.tokens[k]?.pos !== 'DET' && view.tokens[k]?.pos !== 'ADJ') break
  }
  return []
}
