/**
 * The country of an agent named with no owner ("the military", "the ruling party", "police"), read in this order:
 * the evidence of its own sentence (a place it is in, the country whose words report it, the one country the sentence
 * names), then the one country the story names, or names far more than any other, and last the story's dateline
 * ("HANOI (Reuters) -"), for state bodies only. With none of these the agent stays unlinked.
 */
import type { Zone } from '../../document.js'
import type { DocIndex } from '../segment/index.js'
import type { Words } from '../syntax/index.js'
import type { MentionDraft } from './classify.js'
import { countryOfMention, type KbView } from './kb-view.js'
import { PLACE_MODIFIERS } from './lexicon.js'

/** "HANOI -", "HANOI, Jan 20 (Reuters) -", "NEW DELHI (AP) —": a place in capitals opening the body, then a dash. */
const DATELINE = /^\s*(\p{Lu}[\p{Lu}.'’ -]*\p{Lu})\s*(?:,[^\n,()–—-]{1,30})?(?:\s*\([^)\n]{1,40}\))?\s*[-–—]/u

/** A country named this many times more than any other is the story's. */
const STANDS_OUT = 3
/** How far a backing word may stand from the agent and its backer: "Rwanda of backing the rebels". */
const BACKING_REACH = 4

/** An agent noun phrase with no owner: its tokens, and whether the dateline may give its country. */
export interface UnownedAgent {
  readonly first: number
  readonly end: number
  /** Takes its country from a place it is in ("police … in Tehran"); an army, often abroad, does not. */
  readonly located: boolean
  /** A state body (data/kb/agents.json `dateline`): a government, army, police, court, legislature or party. */
  readonly dateline?: boolean
}

/** The country an agent's evidence gives, and whether it came from its own sentence. */
export interface AgentCountry {
  readonly country: string
  readonly inSentence: boolean
}

export interface StoryContext {
  readonly index: DocIndex
  readonly kb: KbView
  readonly drafts: readonly MentionDraft[]
  readonly zones: readonly Zone[]
  readonly words?: Pick<
    Words,
    | 'REPORTING_VERBS'
    | 'BEFORE_SAYING'
    | 'INTERNATIONAL_CITIES'
    | 'BACKING_WORDS'
    | 'LOCATING_PREPOSITIONS'
    | 'AGENT_MODIFIERS'
    | 'NEAR_PREPOSITIONS'
    | 'HOME_CROWDS'
    | 'FOREIGN_MODIFIERS'
  >
}

/** The country reader of one document: built once, asked for each agent with no owner. */
export function storyCountries(context: StoryContext): (agent: UnownedAgent) => AgentCountry | undefined {
  const { index, kb, drafts } = context
  const { tokens } = index
  const firstOf = drafts.map((draft) => index.tokenBefore(draft.start))
  const endOf = drafts.map((draft) => index.tokenBefore(draft.end - 1) + 1)
  const countries = drafts.map((draft) => {
    const country = countryOfMention(kb, draft) ?? draft.role?.of
    return country && kb.entity(country)?.kind === 'country' ? country : undefined
  })
  let dateline: { country: string | undefined } | undefined
  return (agent) => {
    const sentence = tokens[agent.first]!.sentence
    const near = drafts
      .map((_, k) => k)
      .filter((k) => countries[k] && tokens[firstOf[k]!]?.sentence === sentence && !inside(k, agent))
    const backers = new Set(near.filter((k) => backs(context, { first: firstOf[k]!, end: endOf[k]! }, agent)))
    // "Turkish-backed rebels attacked Kurdish forces": a group a country backs is not of that country, however else the
    // sentence or the story names it
    const backing = new Set([...backers].map((k) => countries[k]))
    const speaker = speakerOf(context, agent, firstOf, endOf, countries)
    // a government names rebels at home and abroad alike: the speaker places only a state body ("Iran said the police")
    const others = near.filter((k) => !backers.has(k) && k !== speaker && !backing.has(countries[k]))
    // a state body acts on other countries: one named after its verb is its object or where it acts abroad ("The
    // government accused Rwanda", "the military struck targets in Syria"); one in its own phrase is its owner ("the
    // government and the army of Mali"), and a place a located body is in is its own ("the regime shelled … in Syria")
    const verb = verbAfter(context, agent)
    // a non-state agent is also where its sentence places it near a town ("gunmen … near Mosul")
    const located = (k: number) => agent.located && isLocatedPlace(context, k, firstOf[k]!, !agent.dateline)
    // rebels are where their sentence places them ("attacked a Nigerian army base"), not in a state they act on by
    // its name ("fired rockets at Israel", "near the border with Afghanistan")
    // (a passive's doer, "were backed by Rwanda", is left to the count: the story decides between it and the place)
    const local = (k: number) =>
      firstOf[k]! < verb ||
      drafts[k]!.kind !== 'country' ||
      drafts[k]!.form === 'demonym' ||
      index.keys[firstOf[k]! - 1] === 'by'
    // a speaker commenting on a body that acts in another country it names ("The United States said the military had
    // committed war crimes in Sudan") may as well be a foreign voice as the body's own: it gives no country
    const abroad =
      speaker >= 0 &&
      others.some(
        (k) =>
          firstOf[k]! >= agent.end && countries[k] !== countries[speaker] && isLocatedPlace(context, k, firstOf[k]!),
      )
    // a state body turning on a crowd at home ("the army cracked down on protesters in Cairo") acts where it does so
    const home = (k: number) => firstOf[k]! > verb && isLocatedPlace(context, k, firstOf[k]!)
    const sentenceCountry =
      only(others.filter(located)) ??
      (agent.dateline && !abroad ? countries[speaker] : undefined) ??
      only(
        agent.dateline ? others.filter((k) => firstOf[k]! >= agent.end && firstOf[k]! < verb) : others.filter(local),
      ) ??
      (agent.dateline && turnsOnCrowd(context, verb) ? only(others.filter(home)) : undefined)
    if (sentenceCountry) return { country: sentenceCountry, inSentence: true }
    // nor is a state body the country whose verb acts on it ("The United States urged the government")
    const actedOn = objectOfVerb(context, agent)
    const skipped = new Set(
      agent.dateline
        ? near.filter(
            (k) =>
              backers.has(k) ||
              (firstOf[k]! >= verb && !located(k)) ||
              (actedOn && firstOf[k]! < agent.first) ||
              (abroad && k === speaker),
          )
        : near.filter((k) => backers.has(k) || !local(k)),
    )
    const story = mostNamed(countries.filter((country, k) => !skipped.has(k) && !backing.has(country)))
    if (story) return { country: story, inSentence: false }
    if (!agent.dateline) return undefined
    dateline ??= { country: datelineCountry(context) }
    return dateline.country ? { country: dateline.country, inSentence: false } : undefined

    function only(ks: readonly number[]): string | undefined {
      const named = new Set(ks.map((k) => countries[k]!))
      return named.size === 1 ? [...named][0] : undefined
    }
    function inside(k: number, span: { first: number; end: number }): boolean {
      return firstOf[k]! >= span.first && endOf[k]! <= span.end
    }
  }
}

/** How many words after its verb a state body's object may stand: "cracked down on the protesters". */
const OBJECT_REACH = 5

/** Whether a crowd at home (HOME_CROWDS) stands right after the verb: "cracked down on protesters", "dispersed the opposition". */
function turnsOnCrowd({ index, words }: StoryContext, verb: number): boolean {
  const { tokens, keys } = index
  const sentence = tokens[verb]?.sentence
  for (let i = verb + 1; i <= verb + OBJECT_REACH && tokens[i]?.sentence === sentence; i++)
    if (words?.HOME_CROWDS.has(keys[i]!)) return true
  return false
}

/** Whether the agent is the object of a verb other than a saying one: "urged the government", "told the police". */
function objectOfVerb({ index, words }: StoryContext, agent: UnownedAgent): boolean {
  const { tokens, keys } = index
  const before = keys[agent.first - 1] === 'the' ? agent.first - 2 : agent.first - 1
  const verb = tokens[before]
  return (
    verb?.pos === 'VERB' && verb.sentence === tokens[agent.first]!.sentence && !words?.REPORTING_VERBS.has(verb.lemma)
  )
}

/** The first verb after an agent in its sentence (the sentence's end when none): where its own phrase ends. */
function verbAfter({ index }: StoryContext, agent: UnownedAgent): number {
  const { tokens } = index
  let i = agent.end
  while (i < tokens.length && tokens[i]!.sentence === tokens[agent.first]!.sentence) {
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return i
    i++
  }
  return i
}

/**
 * A place or country named after "in" ("in Tehran", "in northern Nigeria", "across Syria"), not through its demonym;
 * with `near`, also after "near" or "outside" ("near Mosul").
 */
function isLocatedPlace({ index, drafts, words }: StoryContext, k: number, first: number, near = false): boolean {
  const draft = drafts[k]!
  if (draft.form === 'demonym' || (draft.kind !== 'place' && draft.kind !== 'country' && draft.kind !== 'region'))
    return false
  const { keys } = index
  const before = PLACE_MODIFIERS.has(keys[first - 1] ?? '') ? first - 2 : first - 1
  const at = keys[before] === 'the' ? before - 1 : before
  const preposition = keys[at] ?? ''
  return (
    words !== undefined &&
    (words.LOCATING_PREPOSITIONS.has(preposition) || (near && words.NEAR_PREPOSITIONS.has(preposition)))
  )
}

/**
 * The mention (its index, -1 for none) of the speaker with a country whose reported words hold the agent: "Iran said the police arrested …", "… the police
 * arrested two Britons, Iran's foreign ministry said", "according to Iraqi officials".
 */
function speakerOf(
  { index, drafts, words }: StoryContext,
  agent: UnownedAgent,
  firstOf: readonly number[],
  endOf: readonly number[],
  countries: readonly (string | undefined)[],
): number {
  if (!words) return -1
  const { tokens, keys } = index
  const sentence = tokens[agent.first]!.sentence
  const saying = (i: number) => tokens[i]!.pos !== 'NOUN' && words.REPORTING_VERBS.has(tokens[i]!.lemma)
  const endingAt = (i: number) => drafts.findIndex((_, k) => endOf[k] === i + 1 && countries[k])
  const startingAt = (i: number) => drafts.findIndex((_, k) => firstOf[k] === i && countries[k])
  // before the agent: the nearest saying verb, its speaker right before it; or "according to Iran, …"
  for (let i = agent.first - 1; i >= 0 && tokens[i]!.sentence === sentence; i--) {
    if (keys[i] === 'according' && keys[i + 1] === 'to') return startingAt(i + 2)
    if (!saying(i)) continue
    let j = i - 1
    while (j >= 0 && words.BEFORE_SAYING.has(keys[j]!)) j--
    return endingAt(j)
  }
  // after it: a closing attribution after the sentence's last comma, ", Iran's foreign ministry said" or ", said Iran"
  let comma = -1
  let end = agent.end
  for (; end < tokens.length && tokens[end]!.sentence === sentence; end++) if (keys[end] === ',') comma = end
  if (comma < 0) return -1
  if (saying(comma + 1)) return startingAt(comma + 2)
  for (let i = comma + 1; i < end; i++) {
    if (!saying(i)) {
      if (tokens[i]!.pos === 'VERB') return -1
      continue
    }
    return drafts.findIndex((_, k) => firstOf[k]! > comma && endOf[k]! <= i && countries[k])
  }
  return -1
}

/** A country that backs the agent, which is not its own: "rebels backed by Russia", "Rwanda of backing the rebels". */
function backs({ index, words }: StoryContext, backer: { first: number; end: number }, agent: UnownedAgent): boolean {
  if (!words) return false
  const between =
    backer.first >= agent.end
      ? range(agent.end, backer.first)
      : backer.end <= agent.first
        ? range(backer.end, agent.first)
        : []
  if (between.length === 0 || between.length > BACKING_REACH) return false
  const word = (i: number) => words.BACKING_WORDS.has(index.keys[i]!) || words.BACKING_WORDS.has(index.tokens[i]!.lemma)
  // after the agent, only through "by": "rebels backed by Russia" (not "rebels armed in Russia")
  return backer.first >= agent.end ? between.some(word) && index.keys[backer.first - 1] === 'by' : between.some(word)
}

/** The one country named (places and office holders too), or one named far more often than the next. */
function mostNamed(countries: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>()
  for (const country of countries) if (country) counts.set(country, (counts.get(country) ?? 0) + 1)
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1])
  if (!first) return undefined
  return !second || first[1] >= STANDS_OUT * second[1] ? first[0] : undefined
}

/**
 * The country of the place in capitals that opens the first body zone, when the KB places it in one only and it is
 * no city that hosts international bodies (a GENEVA story is seldom about Switzerland).
 */
function datelineCountry({ index, kb, zones, words }: StoryContext): string | undefined {
  const body = zones.find((zone) => zone.kind === 'body')
  if (!body || !kb.lookup) return undefined
  const place = DATELINE.exec(index.text.slice(body.start, Math.min(body.end, body.start + 80)))?.[1]
  if (!place || words?.INTERNATIONAL_CITIES.has(place.toLowerCase().replace(/\s+/g, ' '))) return undefined
  const countries = new Set(
    kb.lookup(place).map((hit) => (hit.kind === 'country' ? hit.entity : kb.entity(hit.entity)?.country)),
  )
  const [only, ...more] = countries
  return more.length === 0 ? only : undefined
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i)
}
