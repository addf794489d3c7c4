import {
  type ActorSpan,
  type Chain,
  type DocView,
  isPossessiveMarker,
  listForward,
  matchesWord,
} from '../nlp/syntax/index.js'

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’'])

/** Plural nouns of people by their ending: smugglers, militants, civilians, activists. */
const PEOPLE_ENDINGS = /(?:ers|ors|ants|ents|ians|ists|ees)$/

/** Whether the noun at `i` is a plural of people (by the agent, forces and crowd classes or by its ending). */
function peoplePlural(view: DocView, i: number): boolean {
  const token = view.tokens[i]!
  if (token.norm === token.lemma || !token.norm.endsWith('s')) return false
  const { AGENT_NOUNS, TROOPS, HOME_CROWDS } = view.words
  const forms = view.forms[i]
  return (
    PEOPLE_ENDINGS.test(token.norm) ||
    matchesWord(forms, AGENT_NOUNS) ||
    matchesWord(forms, TROOPS) ||
    matchesWord(forms, HOME_CROWDS)
  )
}

/**
 * The list of actors the previous sentence opens with, as its subject: "Russia and Belarus held drills" → both. None
 * when a verb comes first, the list owns what follows ("Russia and China's envoys"), it names one side only, or the
 * sentence has a second list or a plural of people ("… arrested two smugglers") that "they" could be as well.
 */
function previousList(view: DocView, sentence: number): ActorSpan[] | undefined {
  const [start, stop] = view.sentenceTokens[sentence] ?? [0, 0]
  let list: ActorSpan[] | undefined
  for (let i = start; i < stop; i++) {
    const token = view.tokens[i]
    if (!token || QUOTES.has(token.norm)) return undefined
    const span = view.actorStart.get(i)
    if (span) {
      const members = listForward(view, span, stop)
      const last = members.at(-1)!
      if (list) {
        if (members.length > 1) return undefined
      } else {
        if (new Set(members.map((m) => m.ref.entity)).size < 2 || isPossessiveMarker(view.tokens[last.last + 1]))
          return undefined
        list = members
      }
      i = last.last
      continue
    }
    if (!list && (token.pos === 'VERB' || token.pos === 'AUX')) return undefined
    if (list && token.pos === 'NOUN' && peoplePlural(view, i)) return undefined
  }
  return list
}

/** Whether the tokens before the pronoun, if any, are a phrase of time or place with no actor ("On Monday they …"). */
function leadingPhrase(view: DocView, first: number, pronoun: number): boolean {
  if (pronoun === first) return true
  if (view.tokens[first]?.pos !== 'ADP') return false
  for (let i = first; i < pronoun; i++) {
    const pos = view.tokens[i]?.pos
    if (pos === 'VERB' || pos === 'AUX' || view.actorCover.has(i) || view.located.has(i)) return false
  }
  return true
}

/**
 * "Russia and Belarus held joint drills. They also criticized NATO": a plural pronoun opening its sentence (LIST_PRONOUNS),
 * right before its verb group (adverbs between), continues the previous sentence's one list of subjects. Only in
 * the active ("They were charged" is more often what that sentence acted on) and with no quotation in either sentence
 * ("They will pay," Iran said).
 */
export function openingThey(view: DocView, chain: Chain, first: number): ActorSpan[] | undefined {
  if (chain.passive) return undefined
  let k = chain.start - 1
  while (k > first && view.tokens[k]?.pos === 'ADV') k--
  if (k < first || !matchesWord(view.forms[k], view.words.LIST_PRONOUNS) || !leadingPhrase(view, first, k))
    return undefined
  const sentence = view.tokens[first]?.sentence ?? 0
  const [, stop] = view.sentenceTokens[sentence] ?? [0, 0]
  for (let i = first; i < stop; i++) if (QUOTES.has(view.tokens[i]?.norm ?? '')) return undefined
  return sentence > 0 ? previousList(view, sentence - 1) : undefined
}
