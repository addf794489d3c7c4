import type { CompiledEntry } from './dictionary.js'
import type { Match } from './match.js'
import { type DocView, hasPhrase, isPossessiveMarker, matchesWord, NOUN_PHRASE_POS } from '../nlp/syntax/index.js'

// BEARER_NOUNS (view.words): Nouns for the means of an act, which an event noun before them only describes: "riot
// police", "attack helicopters", "assault vehicles". People who do the act are not among them: "peacekeeping troops"
// keep the peace.

/** "Kenyan riot police", "Russian attack helicopters": an event noun that only modifies the noun after it. */
export function modifiesBearer(view: DocView, i: number): boolean {
  const token = view.tokens[i]
  const next = view.tokens[i + 1]
  if (!token || !next || token.pos !== 'NOUN' || next.pos !== 'NOUN' || view.actorCover.has(i + 1)) return false
  return matchesWord(view.forms[i + 1], view.words.BEARER_NOUNS)
}

const NOUN_POS = new Set(['NOUN', 'PROPN', 'ADJ'])

/**
 * A participle before the noun it describes, not a verb: "a heavily armed convoy", "the visiting delegation",
 * "Visiting Chinese President Xi Jinping met …" (a name running into the sentence's verb, not "Visiting China, Xi
 * …", where it is a verb with an object).
 */
export function participleBeforeNoun(view: DocView, i: number, sentenceStart: number): boolean {
  const token = view.tokens[i]
  const next = view.tokens[i + 1]
  if (!token || !next || (!NOUN_POS.has(next.pos) && !view.actorStart.has(i + 1))) return false
  const ing = token.norm.endsWith('ing')
  // "India's peacekeeping mission": a noun ending in -ing is a noun, not a participle
  if ((!ing && !token.norm.endsWith('ed')) || token.pos === 'NOUN' || token.pos === 'PROPN') return false
  let b = i - 1
  // "a heavily armed convoy": an adverb of degree before the participle
  if (view.tokens[b]?.pos === 'ADV' && b >= sentenceStart) b--
  const before = view.tokens[b]
  if (b >= sentenceStart && before) {
    if (before.pos === 'DET' || isPossessiveMarker(before)) return true
    if (before.pos === 'PRON' && view.words.POSSESSIVE_PRONOUNS.has(before.norm)) return true
    // "after visiting Chinese officials": a gerund with its object
    return !ing && b < i - 1 && (before.pos === 'ADJ' || before.pos === 'ADP')
  }
  // at the start of the sentence: "Visiting Chinese President Xi met", a noun phrase with no comma before its verb
  return ing && phraseRunsIntoVerb(view, i + 1)
}

/** Whether the noun phrase from `from` on is followed directly by a verb, with no comma between. */
function phraseRunsIntoVerb(view: DocView, from: number): boolean {
  for (let j = from; j < from + 8; j++) {
    const token = view.tokens[j]
    if (!token) return false
    if (view.actorCover.has(j) || NOUN_POS.has(token.pos) || token.pos === 'DET') continue
    // a title's "of" between two capitalized words: "Visiting U.S. Secretary of State Mike Pompeo criticized …"
    if (token.norm === 'of' && capitalized(view, j - 1) && capitalized(view, j + 1)) continue
    return (token.pos === 'VERB' || token.pos === 'AUX') && j > from
  }
  return false
}

function capitalized(view: DocView, j: number): boolean {
  const token = view.tokens[j]
  return token !== undefined && /^\p{Lu}/u.test(view.doc.text.slice(token.start, token.end))
}

const PARTICLE_POS = new Set(['ADP', 'PART', 'ADV'])

/**
 * The words of a noun phrase, pronouns included: what a short object between a verb and its particle is made of
 * ("ordered ten Polish diplomats out"), and what, right after such a particle, makes it a preposition ("turned the
 * tanks over the bridge").
 */
const OBJECT_PHRASE_POS = new Set([...NOUN_PHRASE_POS, 'PRON'])
/** How many tokens an object between a verb and its particle spans at most. */
const SPLIT_OBJECT = 5

/**
 * The particle of a phrasal verb split by its object ("ordered ten Polish diplomats out", "handed the tanks over to
 * Ukraine", "called the strike off"): the first particle-like token after a short object (determiners, adjectives,
 * numbers, nouns, pronouns, actors) that `accepts`, when no noun phrase follows it.
 */
export function splitParticle(view: DocView, i: number, accepts: (particle: string) => boolean): number | undefined {
  for (let j = i + 1; j <= i + 1 + SPLIT_OBJECT && j < view.tokens.length; j++) {
    const cover = view.actorCover.get(j)
    if (cover) {
      j = cover.last
      continue
    }
    const token = view.tokens[j]!
    if (j > i + 1 && PARTICLE_POS.has(token.pos) && accepts(token.norm)) {
      const next = view.tokens[j + 1]
      return next && OBJECT_PHRASE_POS.has(next.pos) ? undefined : j
    }
    if (!OBJECT_PHRASE_POS.has(token.pos) && !isPossessiveMarker(token)) return undefined
  }
  return undefined
}

const verbsCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>()

/** The verbs of a dictionary's phrasal verbs ("back" of "back out"), found once per set. */
function verbsOf(phrasal: ReadonlySet<string>): ReadonlySet<string> {
  let verbs = verbsCache.get(phrasal)
  if (!verbs) {
    verbs = new Set([...phrasal].map((pair) => pair.slice(0, pair.indexOf(' '))))
    verbsCache.set(phrasal, verbs)
  }
  return verbs
}

/**
 * Whether a particle makes another verb of the verb at `i`: IDIOM_PARTICLES after any verb ("called off", "broke off",
 * "held off"); the phrasal verbs the dictionary heads (`phrasal`: "back out", "crack down", "take back"), also split by
 * their object ("ordered ten diplomats out"); and those of a refusal or a retreat that head no entry of their own
 * (PHRASAL_RETREATS: "ruled out", "turned down"). Particles that only stress the act ("beat up", "shot down", "hit
 * back") are not among them. Such a particle keeps the bare verb's entries, its default and its back-offs from the
 * token.
 */
export function phrasalVerbAt(view: DocView, i: number, phrasal: ReadonlySet<string> | undefined): boolean {
  const forms = view.forms[i] ?? []
  const known = (particle: string) => !!phrasal && forms.some((form) => hasPhrase(phrasal, form, particle))
  const next = view.tokens[i + 1]
  if (!next || !PARTICLE_POS.has(next.pos)) {
    const verbs = phrasal && verbsOf(phrasal)
    return !!verbs && forms.some((form) => verbs.has(form)) && splitParticle(view, i, known) !== undefined
  }
  const particle = next.norm
  if (view.words.IDIOM_PARTICLES.has(particle) || known(particle)) return true
  return forms.some((form) => hasPhrase(view.words.PHRASAL_RETREATS, form, particle))
}

/**
 * Whether a particle after the head makes another verb of it than the entry means (`phrasalVerb`: `phrasalVerbAt`
 * of the token, found once for its entries): "called
 * off the strike" is no call and no strike, "called off the raid on Gaza" no "call on", "ordered out ten diplomats"
 * no order. A phrasal entry ("back+out of $TARGET") names its own particle, and so does an entry that names the
 * particle right after its head ("call off? talk", "shoot down $TARGET").
 */
export function strandedParticle(view: DocView, i: number, item: CompiledEntry, phrasalVerb: boolean): boolean {
  const head = item.elements[0]
  if (!phrasalVerb || item.entry.noun || (head?.kind === 'word' && head.particles)) return false
  const next = view.tokens[i + 1]!
  // split by its object: an entry that reads the particle after the object is that phrasal verb ("pushed Russian
  // forces back": "push $TARGET? forces back")
  if (!PARTICLE_POS.has(next.pos)) {
    const at = splitParticle(view, i, () => true)
    const particle = at === undefined ? undefined : view.tokens[at]?.norm
    return !item.elements.some((e, n) => n > 0 && e.kind === 'word' && !!particle && e.words.has(particle))
  }
  for (const element of item.elements.slice(1, 3)) {
    if (element.kind === 'word' && element.words.has(next.norm)) return false
    if (element.kind !== 'word' || !element.optional) break
  }
  return true
}

// NAMING_VERBS (view.words): Verbs that name their object something when a noun phrase or an adjective follows the
// object: "called Putin a killer", "called Biden insane" name the person; "called Scholz after the vote" phones him.

/** What may open a name or a quality given to an object: "a war criminal", "insane", "the butcher of Gaza". */
const NAMING_POS = new Set(['DET', 'ADJ', 'NOUN'])
const PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN'])

// TIME_PHRASE_HEADS (view.words): Words that end a phrase of when or how often, not a name: "called Putin early on
// Sunday", "called Erdogan several times", "called Scholz the next morning" are phone calls.

/**
 * Whether a match that is its head and object actor alone ("call/VERB $TARGET:PERSON") stands before a name or quality
 * given to that actor: "Biden called Putin insane" is no phone call. A time right after the object ("called Scholz
 * Monday", "called Erdogan twice", "called Putin early on Sunday") names nothing.
 */
export function namingComplement(view: DocView, match: Match): boolean {
  const { item, head, last } = match
  // only the verb's own object: "called for the withdrawal of Israeli forces" names nothing
  const final = item.elements.findLast((e) => e.kind !== 'exclude')
  if (final?.kind !== 'slot' || match.lastWord !== head) return false
  if (!matchesWord(view.forms[head], view.words.NAMING_VERBS)) return false
  const next = view.tokens[last + 1]
  if (!next || view.timeCover.has(last + 1) || view.actorCover.has(last + 1)) return false
  if (!NAMING_POS.has(next.pos) && next.norm !== 'one') return false
  // the last word of the phrase after the object: "several times", "the next morning"
  let end = last + 1
  while (PHRASE_POS.has(view.tokens[end + 1]?.pos ?? '') && !view.actorCover.has(end + 1)) end++
  return !matchesWord(view.forms[end], view.words.TIME_PHRASE_HEADS)
}
