import type { CompiledEntry, VerbDictionary } from './dictionary.js'
import type { GrammarClass, Words } from '../nlp/syntax/index.js'
import type { WordNetVerbs } from './wordnet.js'

/**
 * WordNet back-off (issue 10 item 4): a verb that heads no dictionary entry is tried through the synonyms of its
 * most frequent one or two senses; the first synonym whose head has a verb default ("attack $TARGET?") lends it,
 * coded less surely still than the default itself — when the sense they share is the synonym's own most frequent
 * one, the sense its default was written for. Verbs of the coder's own grammar (saying, governing, light,
 * support verbs) and the commonest verbs never back off (class BACKOFF_STOP and the others).
 */
export interface Backoff {
  readonly item: CompiledEntry
  /** The synonym whose default was lent. */
  readonly via: string
}

/** How much less sure a back-off event is than the default it borrows. */
export const BACKOFF_PENALTY = 0.1

const STOP_CLASSES: readonly GrammarClass[] = [
  'BACKOFF_STOP',
  'SAY_VERBS',
  'GOVERNING_VERBS',
  'INTENT_WORDS',
  'LIGHT_VERBS',
  'SUPPORT_VERBS',
  'APPEAL_VERBS',
  'DEMAND_VERBS',
  'WARNING_VERBS',
]
function stopped(words: Words, lemma: string): boolean {
  return STOP_CLASSES.some((name) => words[name].has(lemma))
}

/** Verb defaults by head word, collected once per dictionary. */
const defaultsCache = new WeakMap<VerbDictionary, ReadonlyMap<string, CompiledEntry>>()
/**
 * The synonyms that may lend a lemma their default, in WordNet's order, found once per dictionary and WordNet (the
 * lexicon's BACKOFF_NO_LEND is applied after).
 */
const found = new WeakMap<VerbDictionary, WeakMap<WordNetVerbs, Map<string, readonly Backoff[]>>>()

function verbDefaults(dictionary: VerbDictionary): ReadonlyMap<string, CompiledEntry> {
  let defaults = defaultsCache.get(dictionary)
  if (!defaults) {
    const map = new Map<string, CompiledEntry>()
    for (const [word, items] of dictionary.byHead) {
      const item = items.find((x) => x.entry.default && !x.entry.noun && headPos(x) !== 'NOUN' && !phrasal(x))
      if (item) map.set(word, item)
    }
    defaults = map
    defaultsCache.set(dictionary, defaults)
  }
  return defaults
}

/** A phrasal verb's default ("back+down") codes the phrasal verb, which lends nothing to the bare verb's synonyms. */
function phrasal(item: CompiledEntry): boolean {
  const head = item.elements[0]
  return head?.kind === 'word' && !!head.particles
}

function headPos(item: CompiledEntry): string | undefined {
  const head = item.elements[0]
  return head?.kind === 'word' ? head.pos : undefined
}

/**
 * The default a lemma that heads no entry borrows from a WordNet synonym, if any. Heads whose default is written for
 * a sense that is not their most frequent in WordNet ("apprehend" is first "understand") lend nothing (class
 * BACKOFF_NO_LEND).
 */
export function backoffFor(
  dictionary: VerbDictionary,
  lemma: string,
  wordnet: () => WordNetVerbs,
  words: Words,
): Backoff | undefined {
  if (stopped(words, lemma) || dictionary.byHead.has(lemma)) return undefined
  return lenders(dictionary, lemma, wordnet).find((lent) => !words.BACKOFF_NO_LEND.has(lent.via))
}

function lenders(dictionary: VerbDictionary, lemma: string, wordnet: () => WordNetVerbs): readonly Backoff[] {
  const verbs = wordnet()
  let byWordnet = found.get(dictionary)
  if (!byWordnet) found.set(dictionary, (byWordnet = new WeakMap()))
  let cache = byWordnet.get(verbs)
  if (!cache) byWordnet.set(verbs, (cache = new Map()))
  const known = cache.get(lemma)
  if (known) return known
  const result: Backoff[] = []
  const defaults = verbDefaults(dictionary)
  // one sense: measured on the whole of WordNet, second senses lent mostly wrong codes ("grasp" → "apprehend"
  // 173, "lecture" → "berate", "level" → "raze")
  for (const { word, synset } of verbs.synonyms(lemma, 1)) {
    const item = defaults.get(word)
    // a head's default codes its dominant sense: "boast" shares a sense with "gas", not gas's first
    if (item && verbs.firstSense(word, synset)) result.push({ item, via: word })
  }
  cache.set(lemma, result)
  return result
}
