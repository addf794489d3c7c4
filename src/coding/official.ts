import type { Mention } from '../document.js'
import { findSubject, type ActorSpan, type DocView } from '../nlp/syntax/index.js'

/** A person mention before a verb group, with the tokens it covers. */
interface Official {
  readonly first: number
  readonly last: number
  readonly mention: Mention
}

/**
 * Whether a mention is a person with a title and no country of their own: "Vice Foreign Minister Sun Weidong". A
 * mention that starts with a word of `titleWords` (the title table's `beforeName`: "Vice", "Ambassador") and ends
 * with a name is a titled person.
 */
function titledWithoutCountry(mention: Mention, titleWords: ReadonlySet<string>): boolean {
  if (mention.form === 'pronoun' || mention.form === 'description' || mention.form === 'demonym') return false
  if (mention.role?.of) return false
  if (mention.entity && !mention.entity.startsWith('person:')) return false
  if (mention.role?.title) return true
  const words = mention.text.split(/\s+/)
  const titled = words.findIndex((w) => titleWords.has(w.toLowerCase()))
  const last = words.at(-1) ?? ''
  return titled === 0 && /^\p{Lu}/u.test(last) && !titleWords.has(last.toLowerCase())
}

/**
 * The titled person right before the verb group at `chainStart` (time phrases and adverbs aside) when the recognizer
 * gave them no country: no KB role at the date and no "of" in the text.
 */
export function titledOfficialBefore(view: DocView, chainStart: number, sentenceStart: number): Official | undefined {
  let i = chainStart - 1
  while (i >= sentenceStart && (view.timeCover.has(i) || view.tokens[i]?.pos === 'ADV')) i--
  if (i < sentenceStart || view.actorCover.has(i)) return undefined
  const mention = view.mentionCover.get(i)
  if (!mention || !titledWithoutCountry(mention, view.kb.titles.beforeName)) return undefined
  let first = i
  while (first - 1 >= sentenceStart && view.mentionCover.get(first - 1) === mention) first--
  return { first, last: i, mention }
}

/** Whether an actor is one country or its government ("China", "Beijing", "it", "the Chinese government"). */
function singleCountry(view: DocView, span: ActorSpan): boolean {
  if (span.ref.via !== undefined || span.mention.form === 'demonym') return false
  return span.mention.kind === 'country' || view.kb.entity(span.ref.entity)?.kind === 'country'
}

/** The subject of the first verb of a sentence (before `before`), when it is one country or government. */
function countrySubject(view: DocView, first: number, before: number): ActorSpan | undefined {
  for (let i = first; i < before; i++) {
    const token = view.tokens[i]
    if (!token || view.mentionCover.has(i) || view.timeCover.has(i)) continue
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue
    const subject = findSubject(view, i, first)
    const [only] = subject
    return subject.length === 1 && only && singleCountry(view, only) ? only : undefined
  }
  return undefined
}

/**
 * The country a titled official with no country of their own acts for: the subject of the same sentence, before
 * them, or of the previous sentence, when it is one country or government ("China said it deplored the statement.
 * Vice Foreign Minister Sun Weidong summoned Japan's ambassador" → China). The official stands for it.
 */
export function officialActor(view: DocView, official: Official, sentence: number): ActorSpan | undefined {
  const [first] = view.sentenceTokens[sentence] ?? [0, 0]
  const previous = view.sentenceTokens[sentence - 1]
  const country =
    countrySubject(view, first, official.first) ??
    (previous ? countrySubject(view, previous[0], previous[1]) : undefined)
  if (!country) return undefined
  const via = official.mention.entity
  return {
    first: official.first,
    last: official.last,
    ref: { entity: country.ref.entity, mention: official.mention.id, ...(via ? { via } : {}) },
    mention: official.mention,
    inferred: true,
  }
}
