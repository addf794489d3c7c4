import type { Mention, Token } from '../../document.js'
import type { Words } from './lexicon.js'

// LEADING_PARTICIPLES (words): "Saudi-led forces", "the US-led coalition": a force a country leads acts for it (CAMEO
// codes the leader); so does a body a group runs ("the Hamas-run health ministry", "Houthi-run media").
// OWNING_PARTICIPLES (words): "a British-flagged tanker", "a Greek-owned ship": a ship or firm under a country's flag
// or in its hands stands for that country, as CAMEO codes a seized ship's flag state.

/** Whether tokens a and b touch with no space between them. */
function touching(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start
}

/**
 * Whether the name spanning tokens first…last only modifies a word through a hyphen: "Russian-occupied Donetsk",
 * "US-backed forces", "Iran-allied militias", "Chinese-made drones", "pro-Russian separatists". Such a name is not
 * an actor of the sentence: the place or group it describes is. "Saudi-led" stays an actor, and so does a name
 * joined to another name ("the Russia-Ukraine talks"): `startsName` says whether a name starts at a token. The
 * prefixes that make a name describe a stance ("pro-Russian separatists") are the lexicon's STANCE_PREFIXES.
 */
export function hyphenModifier(
  tokens: readonly Token[],
  first: number,
  last: number,
  startsName: (token: number) => boolean,
  words: Words,
): boolean {
  const hyphen = tokens[last + 1]
  const word = tokens[last + 2]
  if (hyphen?.norm === '-' && touching(tokens[last], hyphen) && touching(hyphen, word) && word) {
    const standsFor = words.LEADING_PARTICIPLES.has(word.norm) || words.OWNING_PARTICIPLES.has(word.norm)
    if (!standsFor && !startsName(last + 2) && /^[a-z]/.test(word.norm)) return true
  }
  // "Iranian- and Russian-backed militias": a name before a suspended hyphen shares the next name's word
  if (hyphen?.norm === '-' && touching(tokens[last], hyphen) && word?.pos === 'CCONJ') {
    const shared = sharedWord(tokens, last + 3)
    if (shared && !words.LEADING_PARTICIPLES.has(shared.norm)) return true
  }
  const before = tokens[first - 1]
  const prefix = tokens[first - 2]
  return (
    before?.norm === '-' &&
    touching(before, tokens[first]) &&
    touching(prefix, before) &&
    words.STANCE_PREFIXES.has(prefix?.norm ?? '')
  )
}

/** How many words may stand between a city and the accord it names ("the Paris climate agreement"). */
const ACCORD_REACH = 3

/**
 * Whether a capital at tokens first…last only names an accord or process after the city where it was made: "the
 * Paris climate agreement", "the Minsk accords", "the Astana format" (NAMED_ACCORDS). The city does not act there,
 * as it does in "Paris said" or "talks with Paris"; a country's own name ("the Iran nuclear deal") is a party and
 * stays an actor.
 */
export function accordName(
  tokens: readonly Token[],
  mention: Mention,
  first: number,
  last: number,
  words: Words,
): boolean {
  if (mention.form !== 'capital' || tokens[first - 1]?.pos !== 'DET') return false
  for (let i = last + 1; i <= last + ACCORD_REACH; i++) {
    const token = tokens[i]
    if (!token || (token.pos !== 'NOUN' && token.pos !== 'ADJ' && token.pos !== 'PROPN')) return false
    if (words.NAMED_ACCORDS.has(token.norm)) return true
  }
  return false
}

/**
 * Whether a city at tokens first…last only names where talks or a meeting were held, right before the event noun,
 * in a phrase that dates another act by them: "after Beijing talks", "before the Doha meeting" (VENUE_EVENTS after
 * RELATIVE_TIME_PREPOSITIONS). The host city is no side of that act; talks with a capital ("talks with Moscow"), a
 * country's own name ("after the Syria talks", what they are about), and a meeting that is the act's own object
 * ("attended the Paris meeting") are left as they are.
 */
export function venueName(
  tokens: readonly Token[],
  mention: Mention,
  first: number,
  last: number,
  words: Words,
): boolean {
  if (mention.form !== 'capital' && mention.kind !== 'place') return false
  const next = tokens[last + 1]
  if (next?.pos !== 'NOUN' || !words.VENUE_EVENTS.has(next.norm)) return false
  const lead = tokens[first - 1]?.pos === 'DET' ? tokens[first - 2] : tokens[first - 1]
  return words.RELATIVE_TIME_PREPOSITIONS.has(lead?.norm ?? '')
}

const SUSPENDED_REACH = 6

/** The word after the hyphen that closes a suspended pair ("… and Russian-backed": "backed"), from token `from`. */
function sharedWord(tokens: readonly Token[], from: number): Token | undefined {
  for (let i = from; i < from + SUSPENDED_REACH; i++) {
    const token = tokens[i]
    if (!token) return undefined
    const word = tokens[i + 1]
    if (token.norm === '-' && touching(tokens[i - 1], token) && touching(token, word) && /^[a-z]/.test(word!.norm))
      return word
  }
  return undefined
}
