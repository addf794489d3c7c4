import {
  type ActorSpan,
  type Chain,
  type DocView,
  continuesVerbPhrase,
  findCoActors,
  findSubject,
  participleClause,
  patientNamed,
  readChain,
} from '../nlp/syntax/index.js'
import type { EventDraft } from './draft.js'
import type { Match } from './match.js'
import { happeningSubject } from './happening-subject.js'
import { meansVerb } from './means.js'
import { nominalSubject } from './nominal-subject.js'
import { officialActor, titledOfficialBefore } from './official.js'
import { openingThey } from './opening-they.js'
import { sayerAgent } from './sayer-agent.js'
import type { Scan } from './sentence.js'

/** What the source rules read about one verbal event: its match and verb group. */
export interface SourceCase {
  readonly scan: Scan
  readonly match: Match
  readonly chain: Chain
  /** Whether the clause does force in the active: then a nominal event as its subject is done by that event's doers. */
  readonly force: boolean
}

/** The sources chosen so far; undefined while no rule has chosen. */
type Chosen = readonly ActorSpan[] | undefined

/**
 * One way of finding a verbal event's source. A rule that applies and picks (actors, or none: an empty list) replaces
 * what was chosen so far; one that picks undefined leaves the choice to the next.
 */
interface SourceRule {
  readonly name: string
  readonly applies: (c: SourceCase, chosen: Chosen) => boolean
  readonly pick: (c: SourceCase, chosen: Chosen) => Chosen
}

const unchosen = (_: SourceCase, chosen: Chosen) => chosen === undefined

/** The sources of the last verbal event of the sentence, for "… and signed": the same subject. */
export function previousSources(scan: Scan): ActorSpan[] {
  const last = scan.drafts.filter((d) => !d.noun).at(-1)
  if (!last) return []
  return [...new Set(scan.drafts.filter((d) => d.head === last.head && d.source).map((d) => d.source as ActorSpan))]
}

/** The doers of a nominal event: "Russia's bombing of Ukraine was condemned" condemns Russia, as the active does. */
export function doersOf(scan: Scan, noun: EventDraft): ActorSpan[] {
  return [...new Set(scan.drafts.filter((d) => d.noun && d.head === noun.head && d.source).map((d) => d.source!))]
}

/**
 * The subject of the first verb group of the clause (which starts after "that" or a clause opener): "Sri Lanka has
 * restored relations with and reopened …", "told Blinken that the two sides had made progress and reached …" (none).
 */
function clauseSubject(view: DocView, chainStart: number, first: number): ActorSpan[] {
  let from = first
  for (let i = chainStart - 1; i >= first; i--) {
    const norm = view.tokens[i]?.norm ?? ''
    if (view.words.COMPLEMENTIZERS.has(norm) || view.words.CLAUSE_OPENERS.has(norm)) {
      from = i + 1
      break
    }
  }
  for (let k = from; k < chainStart; k++) {
    const token = view.tokens[k]
    if (view.actorCover.has(k) || (token?.pos !== 'VERB' && token?.pos !== 'AUX')) continue
    return patientNamed(view, k, from) ? findSubject(view, k, from) : []
  }
  return []
}

/** The rules that read the clause's own subject: the first that picks decides. */
const SUBJECT_RULES: readonly SourceRule[] = [
  {
    // "retaliated against Britain by expelling its diplomats": the means is done by the subject of the verb it serves
    name: 'means',
    applies: (c, chosen) => chosen === undefined && meansVerb(c.scan.view, c.chain.start, c.scan.first) !== undefined,
    pick: (c) => {
      const { view, first } = c.scan
      const served = readChain(view, meansVerb(view, c.chain.start, first)!, first, first)
      return subjectBy({ ...c, chain: served }) ?? []
    },
  },
  {
    // "restored relations with and reopened an embassy in Cuba": the subject of the verb before; when that verb gave
    // no event, the subject is read
    name: 'continued verb phrase',
    applies: (c, chosen) => chosen === undefined && continuesVerbPhrase(c.scan.view, c.chain.start, c.scan.first),
    pick: ({ scan, chain }) => {
      const previous = previousSources(scan)
      if (previous.length || scan.drafts.some((d) => !d.noun)) return previous
      return clauseSubject(scan.view, chain.start, scan.first)
    },
  },
  {
    // "rejected the proposal, urging India to …": a participle clause after a comma is the main subject's
    name: 'participle clause',
    applies: (c, chosen) => chosen === undefined && participleClause(c.scan.view, c.chain),
    pick: ({ scan }) => {
      const main = previousSources(scan)
      return main.length ? main : undefined
    },
  },
  {
    // "The shelling of Kharkiv by Russian forces killed eight civilians": force done by a nominal event is its
    // doers'; any other act of a nominal event ("The invasion of Ukraine was condemned") has no actor subject
    name: 'nominal subject',
    applies: unchosen,
    pick: ({ scan, chain, force }) => {
      const noun = nominalSubject(scan, chain.start)
      if (!noun) return undefined
      return force ? doersOf(scan, noun) : []
    },
  },
  {
    // "China said it deplored the statement. Vice Foreign Minister Sun Weidong summoned …": a titled official with no
    // country acts for the country of the narrative, unless the subject found reaches them
    name: 'titled official',
    applies: unchosen,
    pick: ({ scan, chain }) => {
      const { view, first } = scan
      const official = titledOfficialBefore(view, chain.start, first)
      if (!official || findSubject(view, chain.start, first).some((s) => s.last >= official.first)) return undefined
      const inferred = officialActor(view, official, scan.sentence)
      return inferred ? [inferred] : []
    },
  },
  {
    // "The collapse of the Afghan government forced Germany to evacuate": a happening is no doer, and the actor it
    // happened to is none either
    name: 'happening',
    applies: unchosen,
    pick: ({ scan, chain }) =>
      happeningSubject(scan.view, scan.wordnet, { chainStart: chain.start, first: scan.first }) ? [] : undefined,
  },
  {
    // "Russia and Belarus held joint drills. They also criticized NATO": a plural pronoun opening the sentence
    // continues the previous sentence's one list of subjects
    name: 'opening they',
    applies: unchosen,
    pick: ({ scan, chain }) => openingThey(scan.view, chain, scan.first),
  },
  {
    // "Russia invaded Ukraine": the verb group's subject
    name: 'subject',
    applies: unchosen,
    pick: ({ scan, chain }) => findSubject(scan.view, chain.start, scan.first),
  },
]

/** The source rules, in the order they are tried: the subject rules, then those that stand in for or add to it. */
const SOURCE_RULES: readonly SourceRule[] = [
  ...SUBJECT_RULES,
  {
    // "Troops will pull out of Mali, the French minister said": an active clause with no actor subject whose subject
    // is an unnamed agent is the closing sayer's own
    name: "sayer's agents",
    applies: (c, chosen) => !chosen?.length && !c.chain.passive,
    pick: ({ scan, chain, match }) => sayerAgent(scan.view, chain.start, scan.first, match.last + 1, scan.end),
  },
  {
    // "Britain struck Syria together with the United States": co-actors named after the pattern act too
    name: 'co-actors',
    applies: (_, chosen) => !!chosen?.length,
    pick: ({ scan, match }, chosen) => [...chosen!, ...findCoActors(scan.view, match.last + 1, scan.end)],
  },
]

function choose(rules: readonly SourceRule[], c: SourceCase): Chosen {
  let chosen: Chosen
  for (const rule of rules) {
    if (!rule.applies(c, chosen)) continue
    chosen = rule.pick(c, chosen) ?? chosen
  }
  return chosen
}

/** The clause's own subject (the subject rules only), as a means clause reads the verb it serves. */
function subjectBy(c: SourceCase): Chosen {
  return choose(SUBJECT_RULES, c)
}

/** The sources of a verbal event: each rule in order, each that applies and picks replacing what was chosen. */
export function chooseSources(c: SourceCase): ActorSpan[] {
  return [...(choose(SOURCE_RULES, c) ?? [])]
}

/** The names of the source rules in their order, for tests and traces. */
export const SOURCE_RULE_NAMES: readonly string[] = SOURCE_RULES.map((r) => r.name)
