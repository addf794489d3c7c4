/**
 * Generic agents: a common noun for a body or a kind of actor ("police", "troops", "foreign ministry", "rebels") takes
 * its country from a demonym or possessive before it ("Iraqi police", "Russia's army") or from a place after it
 * ("police in Basra", "rebels in eastern Congo"), and gives the actor its CAMEO sector (IRQ + COP).
 */
import { withFields } from '../../objects.js'
import type { Token, Zone } from '../../document.js'
import { type DocIndex, irregularPast } from '../segment/index.js'
import type { Words } from '../syntax/index.js'
import type { MentionDraft } from './classify.js'
import { countryOfMention, type KbView } from './kb-view.js'
import { PLACE_MODIFIERS } from './lexicon.js'
import { storyCountries, type StoryContext } from './story-country.js'
import { within } from '../../kb/dates.js'

/** The longest agent phrase tried, in words ("ministry of the interior"). */
const LONGEST = 4
/** Words between a demonym and its agent noun: "Iraqi riot police", "Turkish special forces" are phrases of their own. */
const MODIFIERS = 2
/** Before a place: the agent is there, or comes from there ("police in Basra", "troops of Chad", "gunmen from Syria"). */
const LOCATING = new Set(['in', 'from', 'of'])
/** Only "of" gives an army its country: troops are often abroad ("troops in Mali" may be French). */
const OWNING = new Set(['of'])
/** A possessive or article before the noun says whose it is already ("its forces", "their troops"). */
const OWNED = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose', 'a', 'an', 'some'])

type Agent = {
  readonly sector: string
  readonly located: boolean
  readonly story?: boolean
  readonly dateline?: boolean
}

/** How sure an agent's country is when it comes from the story, not from words next to it or its sentence. */
const FROM_STORY = 0.5
/** How sure it is when its sentence gives it (a place it is in, the country reporting it), or a place right after. */
const FROM_SENTENCE = 0.6
/** Words after an agent noun that make it a modifier of another noun: "the military operation", "police station". */
const NOUN_TAGS = new Set(['NOUN', 'PROPN'])
/** A dateline's dash before the story's first words: "BAGHDAD - Police arrested …". */
const DASHES = new Set(['-', '–', '—'])
/** Sectors of a state's own bodies, which the de facto authorities of a breakaway region hold there. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'SPY', 'SEP', 'REB'])

/**
 * The group holding a breakaway region on the document's date, whose bodies the region's state bodies are ("forces
 * in Nagorno-Karabakh", "Nagorno-Karabakh's army" in 2020: its ethnic Armenian authorities, not Azerbaijan's);
 * civilians, refugees and the like placed there stay the state's.
 */
export function holderOf(
  kb: KbView,
  place: MentionDraft,
  sector: string,
  published: string | undefined,
): string | undefined {
  if (place.kind !== 'region' || !place.entity || !published || !STATE_SECTORS.has(sector)) return undefined
  const held = kb.entity(place.entity)?.heldBy
  return held && within(published.slice(0, 10), held) ? held.group : undefined
}

/** An agent noun phrase starting at token i: its sector and the token after it. */
function agentAt(kb: KbView, keys: readonly string[], i: number, last: number): (Agent & { end: number }) | undefined {
  if (!kb.agent) return undefined
  // most words start no agent phrase: one look-up rules them out before any phrase is built
  const longest = kb.agentWords ? kb.agentWords(keys[i] ?? '') : LONGEST
  for (let n = Math.min(longest, last - i); n >= 1; n--) {
    const agent = kb.agent(keys.slice(i, i + n).join(' '))
    if (agent) return withFields(agent, { end: i + n })
  }
  return undefined
}

/**
 * Adds sectors to the demonyms and countries that own an agent noun, and new mentions for agent nouns located by a
 * place after them. Returns the drafts in text order; those it does not touch are returned as they were.
 */
export function markAgents(
  index: DocIndex,
  kb: KbView,
  drafts: readonly MentionDraft[],
  options: {
    readonly zones?: readonly Zone[]
    readonly words?: NonNullable<StoryContext['words']>
    /** The document's date, which tells whether a breakaway region's authorities held it. */
    readonly published?: string
  } = {},
): MentionDraft[] {
  if (!kb.agent || drafts.length === 0) return [...drafts]
  const { text, tokens, keys } = index
  const tokenAt = (offset: number) => index.tokenBefore(offset)
  const out: (MentionDraft | undefined)[] = [...drafts]
  // tokens of linked mentions (1 at their index); an unlinked capitalized name ("Police" opening a sentence) may be
  // an agent noun: its draft's place at each of its tokens, -1 elsewhere. Speed: typed arrays, as the last loop
  // below asks them at every token of the document
  const covered = new Uint8Array(tokens.length)
  const loose = new Int32Array(tokens.length).fill(-1)
  drafts.forEach((draft, k) => {
    for (let t = tokenAt(draft.start); t < tokens.length && tokens[t]!.start < draft.end; t++) {
      if (draft.entity) covered[t] = 1
      else loose[t] = k
    }
  })
  const isCovered = (t: number) => covered[t] === 1
  const anyCovered = (from: number, to: number) => {
    for (let t = from; t < to; t++) if (covered[t] === 1) return true
    return false
  }
  const byStart = new Map(drafts.map((draft, k) => [tokenAt(draft.start), k]))
  // an unlinked one-word name of a people at token i ("Serb" in "Bosnian Serb forces"): its draft
  const peopleAt = (i: number) => {
    const k = loose[i] ?? -1
    const draft = k < 0 ? undefined : drafts[k]
    return draft && tokenAt(draft.end - 1) === i && kb.ethnicGroup?.(draft.text) ? k : undefined
  }
  // an owner and the sector of its body; a breakaway region's state bodies are those of its de facto authorities
  // ("South Ossetian militias" in 2008: South Ossetia's separatists, not Georgia's)
  const ownedBy = (draft: MentionDraft, sector: string): MentionDraft => {
    const holder = holderOf(kb, draft, sector, options.published)
    return holder ? withFields(draft, { sector, entity: holder, kind: 'organization' }) : withFields(draft, { sector })
  }
  // owners: "Iraqi police", "Russia's army", "the Israeli foreign ministry"
  drafts.forEach((draft, k) => {
    // a region's adjective owns a body when its states act together ("Western diplomats"), or when it lies in one
    // country ("South Ossetian militias", "Tibetan monks")
    const region = draft.kind === 'region' && draft.form === 'demonym' ? kb.entity(draft.entity ?? '') : undefined
    const owner =
      draft.kind === 'country' ||
      draft.kind === 'organization' ||
      region?.collective !== undefined ||
      region?.country !== undefined
    if (!draft.entity || draft.sector || !owner) return
    if (draft.form !== 'demonym' && draft.form !== 'name' && draft.form !== 'capital') return
    const first = tokenAt(draft.start)
    const end = tokenAt(draft.end - 1) + 1
    // "the Soviet Union", "the African Union": an agent noun inside the entity's own name gives it no sector (asked
    // only of a name of several words, where an agent noun can stand inside)
    const ownName =
      end - first > 1 &&
      kb
        .lookup?.(draft.text.replace(/^the\s+/i, ''))
        .some((hit) => hit.entity === draft.entity && hit.form === 'name' && !hit.sector)
    for (let j = first + 1; j < end && !ownName; j++) {
      const inner = agentAt(kb, keys, j, end)
      if (inner?.end === end) {
        out[k] = ownedBy(draft, inner.sector)
        return
      }
    }
    let i = end
    const possessive = draft.form !== 'demonym' && /^['’]s$/.test(keys[i] ?? '')
    if (possessive) i++
    // "Colombia's Congress", "Peru's Congress": a body another country's name is read as by default, that is also an
    // agent noun, is the owner's (right after its possessive, or its demonym)
    const body = possessive || draft.form === 'demonym' ? byStart.get(i) : undefined
    const other = body === undefined ? undefined : drafts[body]
    const sameSentence = tokens[i]?.sentence === tokens[end - 1]?.sentence
    if (other?.entity && other.sector && other.entity !== draft.entity && draft.kind === 'country' && sameSentence) {
      const agent = agentAt(kb, keys, i, tokens.length)
      if (agent && agent.sector === other.sector && tokens[agent.end - 1]!.end === other.end) {
        out[k] = withFields(draft, { sector: agent.sector })
        out[body!] = undefined
        return
      }
    }
    // a people between the demonym and its noun is the body's kind, not another actor: "Bosnian Serb forces"
    const peoples: number[] = []
    for (let skipped = 0; skipped <= MODIFIERS && i < tokens.length && !isCovered(i); skipped++, i++) {
      const agent = agentAt(kb, keys, i, tokens.length)
      if (agent && !isCovered(agent.end - 1)) {
        out[k] = ownedBy(draft, agent.sector)
        for (const people of peoples) out[people] = undefined
        return
      }
      const people = draft.form === 'demonym' ? peopleAt(i) : undefined
      if (people !== undefined) peoples.push(people)
      else if (!isModifier(tokens[i]!, text)) return
    }
  })
  const added: MentionDraft[] = []
  // a place's possessive: "Gaza's health ministry", "Xinjiang's government" act for the place's country
  drafts.forEach((draft) => {
    if (!draft.entity || (draft.kind !== 'place' && draft.kind !== 'region')) return
    const after = tokenAt(draft.end - 1) + 1
    if (!/^['’]s$/.test(keys[after] ?? '')) return
    const country = countryOfMention(kb, draft)
    const agent = country ? agentAt(kb, keys, after + 1, tokens.length) : undefined
    if (!country || !agent || anyCovered(after + 1, agent.end)) return
    const start = tokens[after + 1]!.start
    const end = tokens[agent.end - 1]!.end
    // an unlinked name that is the agent noun ("Gaza's Health Ministry") gives way to it
    drafts.forEach((other, k) => {
      if (!other.entity && other.start >= start && other.end <= end) out[k] = undefined
    })
    covered.fill(1, after + 1, agent.end)
    const holder = holderOf(kb, draft, agent.sector, options.published)
    added.push({
      start,
      end,
      text: text.slice(start, end),
      type: 'ORGANIZATION',
      form: 'description',
      entity: holder ?? country,
      kind: holder ? 'organization' : 'country',
      confidence: 0.6,
      sector: agent.sector,
    })
  })
  // the country of an agent with no owner, from its sentence, then the story, then the dateline (built when first needed)
  let story: ReturnType<typeof storyCountries> | undefined
  // located: "police in Basra", "rebels in eastern Congo", "the army of Myanmar"; else the story's ("the military")
  for (let i = 0; i < tokens.length; i++) {
    if (isCovered(i) || (i > 0 && (OWNED.has(keys[i - 1]!) || isCovered(i - 1)))) continue
    const agent = agentAt(kb, keys, i, tokens.length)
    if (!agent || anyCovered(i, agent.end)) continue
    // "foreign journalists from Serbia", "international monitors in Ukraine": not of the place named, nor of the story
    if (foreignBefore(tokens, keys, i, options.words)) {
      i = agent.end - 1
      continue
    }
    const place = placeAfter(keys, agent, byStart, drafts)
    const located = place ? countryOfMention(kb, place) : undefined
    const holder = place ? holderOf(kb, place, agent.sector, options.published) : undefined
    const storys =
      located === undefined && agent.story && unowned(tokens, keys, i, agent.end, options.words)
        ? (story ??= storyCountries({ index, kb, drafts, zones: options.zones ?? [], ...words(options) }))({
            first: i,
            end: agent.end,
            located: agent.located,
            ...(agent.dateline ? { dateline: true } : {}),
          })
        : undefined
    const country = located ?? storys?.country
    // an unlinked name inside the phrase gives way to it; one reaching past it is a name of its own
    const names = new Set<number>()
    for (let t = i; t < agent.end; t++) if (loose[t]! >= 0) names.add(loose[t]!)
    // (a description with its article: "The ruling party" gives way to "ruling party")
    const from = keys[i - 1] === 'the' ? i - 1 : i
    const inside = [...names].every((k) => tokenAt(drafts[k]!.start) >= from && tokenAt(drafts[k]!.end - 1) < agent.end)
    if (country && inside) {
      const start = tokens[i]!.start
      const end = tokens[agent.end - 1]!.end
      // a capitalized name that is the agent noun ("the Government of Iraq") stays a name, now linked; one capitalized
      // only as its sentence's first word ("Militants attacked …", "BAGHDAD - Police arrested …") is a description
      const [only] = names
      const named =
        names.size === 1 &&
        drafts[only!]!.start === start &&
        drafts[only!]!.end === end &&
        !opensSentence(tokens, keys, i)
      for (const k of names) out[k] = undefined
      added.push({
        start,
        end,
        text: text.slice(start, end),
        type: 'ORGANIZATION',
        form: named ? 'name' : 'description',
        entity: holder ?? country,
        kind: holder ? 'organization' : 'country',
        confidence: located !== undefined || storys?.inSentence ? FROM_SENTENCE : FROM_STORY,
        sector: agent.sector,
      })
    }
    i = agent.end - 1
  }
  const kept = out.filter((draft): draft is MentionDraft => draft !== undefined)
  return added.length === 0 ? kept : [...kept, ...added].sort((a, b) => a.start - b.start)
}

/** The place named right after an agent noun through "in"/"from"/"of" (an army: only "of"). */
function placeAfter(
  keys: readonly string[],
  agent: Agent & { end: number },
  byStart: ReadonlyMap<number, number>,
  drafts: readonly MentionDraft[],
): MentionDraft | undefined {
  let j = agent.end
  const preposition = keys[j] ?? ''
  if (!(agent.located ? LOCATING : OWNING).has(preposition)) return undefined
  j++
  if (keys[j] === 'the') j++
  // a place named with its modifier ("eastern Congo", a region of the KB) or after it ("eastern Ukraine")
  let k = byStart.get(j)
  if (k === undefined && PLACE_MODIFIERS.has(keys[j] ?? '')) k = byStart.get(j + 1)
  const draft = k === undefined ? undefined : drafts[k]
  return draft && draft.form !== 'demonym' ? draft : undefined
}

/** Whether a word of FOREIGN_MODIFIERS stands before the agent noun at `i`, or before one modifier of it. */
function foreignBefore(
  tokens: readonly Token[],
  keys: readonly string[],
  i: number,
  words?: Pick<Words, 'FOREIGN_MODIFIERS'>,
): boolean {
  if (!words) return false
  if (words.FOREIGN_MODIFIERS.has(keys[i - 1] ?? '')) return true
  const modifier = tokens[i - 1]
  return (
    (modifier?.pos === 'ADJ' || modifier?.pos === 'NOUN') &&
    words.FOREIGN_MODIFIERS.has(keys[i - 2] ?? '') &&
    tokens[i - 2]?.sentence === tokens[i]?.sentence
  )
}

/**
 * An agent noun that owns itself: after "the" or opening its sentence ("the military", "Police arrested …"), also
 * after words that leave it so (AGENT_MODIFIERS: "Suspected militants …", "Maoist rebels …"), and the head of its
 * phrase ("the military operation" is an operation).
 */
function unowned(
  tokens: readonly Token[],
  keys: readonly string[],
  first: number,
  end: number,
  words?: Pick<Words, 'BACKING_WORDS' | 'AGENT_MODIFIERS'>,
): boolean {
  let start = first
  while (words?.AGENT_MODIFIERS.has(keys[start - 1] ?? '') && tokens[start - 1]!.sentence === tokens[first]!.sentence)
    start--
  // "Russia-backed rebels": the backer named in the compound is not the owner (story-country.ts sets it aside)
  const backed = words?.BACKING_WORDS.has(keys[start - 1] ?? '') === true && DASHES.has(keys[start - 2] ?? '')
  const opens = keys[start - 1] === 'the' || backed || opensSentence(tokens, keys, start)
  return opens && !nounAfter(tokens[end])
}

/**
 * A noun after the agent noun makes it a modifier ("the military operation"), unless it is a past form the tagger
 * took for a noun: "Militants abducted three aid workers" (wink tags "abducted" NOUN there).
 */
function nounAfter(token: Token | undefined): boolean {
  if (!token || !NOUN_TAGS.has(token.pos)) return false
  return !(token.pos === 'NOUN' && (token.norm.endsWith('ed') || irregularPast(token)))
}

/** The first word of its sentence, or of the story after its dateline's dash. */
function opensSentence(tokens: readonly Token[], keys: readonly string[], i: number): boolean {
  return DASHES.has(keys[i - 1] ?? '') || tokens[i - 1]?.sentence !== tokens[i]?.sentence
}

/** A lower-case word that may stand between a demonym and its noun: "Iraqi riot police", "Syrian opposition". */
function isModifier(token: Token, text: string): boolean {
  const word = text.slice(token.start, token.end)
  return /^[a-z][a-z-]*$/.test(word) && (token.pos === 'ADJ' || token.pos === 'NOUN')
}

function words<T>(options: { readonly words?: T }): { words: T } | Record<string, never> {
  return options.words ? { words: options.words } : {}
}
