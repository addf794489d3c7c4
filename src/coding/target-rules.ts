import {
  type ActorSpan,
  type Chain,
  afterLocative,
  conditionActor,
  conditionBefore,
  findTarget,
  sharedObject,
} from '../nlp/syntax/index.js'
import type { Match } from './match.js'
import { meetingHost } from './meeting.js'
import { placeTarget } from './domestic.js'
import { reportingState } from './reporting-state.js'
import type { Scan } from './sentence.js'
import {
  causeTargets,
  coordinatedPartner,
  infinitiveObject,
  othersOf,
  ownerInObject,
  ownObject,
} from './target-finders.js'

/** What the target rules read about one verbal event: its match, verb group, code and subject. */
export interface TargetCase {
  readonly scan: Scan
  readonly match: Match
  readonly chain: Chain
  readonly code: string
  readonly subject: readonly ActorSpan[]
  /** The subject's entities: never a target of their own act. */
  readonly exclude: ReadonlySet<string>
  /** A default entry (a bare verb's code), which reads no target beyond what its verb acts on. */
  readonly fallback: boolean
  /** The place the act is done in, standing for its country (placeTarget), read once and only for codes that take one. */
  readonly place: () => ActorSpan | undefined
}

/**
 * One way of finding an event's target. A rule that applies and picks actors replaces the targets found so far
 * (every rule after the first two applies only while there are none).
 */
interface TargetRule {
  readonly name: string
  readonly applies: (c: TargetCase, targets: readonly ActorSpan[]) => boolean
  readonly pick: (c: TargetCase) => readonly ActorSpan[]
}

/** No target yet and none read by the pattern's own slot. */
const unread = (c: TargetCase, targets: readonly ActorSpan[]) => !c.match.target && !targets.length

/** A threat, or a conflictual act stated as an intention ("will deploy more forces"): CAMEO codes both as threats. */
function threatened(c: TargetCase): boolean {
  if (c.chain.threat) return true
  return c.chain.modality === 'intent' && !c.chain.negated && (c.scan.tables.cameo(c.code)?.quad ?? 0) >= 3
}

/** The target rules, in the order they are tried. */
const TARGET_RULES: readonly TargetRule[] = [
  {
    // "Russia attacked Ukraine"; "shut down the Chinese consulate in Houston" (the owner of what was acted on); a
    // default entry reads only the actors in its own object ("harassed the crews of several boats of Norway")
    name: 'object',
    applies: () => true,
    pick: ({ scan, match, exclude, fallback }) =>
      ownerInObject(scan.view, match, exclude) ??
      match.target ??
      (!fallback || match.open ? findTarget(scan.view, match.head + 1, match.last + 1, exclude) : []),
  },
  {
    // "imposed fresh sanctions on Iran": a pattern with no target slot may find its other side after its last word
    name: 'after the pattern',
    applies: (c, targets) => !c.match.target && !c.fallback && !targets.some((t) => !c.exclude.has(t.ref.entity)),
    pick: ({ scan, match, exclude }) => findTarget(scan.view, match.last + 1, scan.end, exclude),
  },
  {
    // "launched its offensive in Rafah": when the only targets are the subject's own possessive, the place names the
    // other side
    name: 'place of an own object',
    applies: (c, targets) =>
      targets.length > 0 &&
      c.scan.tables.has(c.code, 'placeTarget') &&
      targets.every((t) => t.mention.form === 'pronoun' && c.exclude.has(t.ref.entity)),
    pick: (c) => otherPlace(c),
  },
  {
    // "threatened to punish Lithuania": a verb's own default reads the object of the action it governs
    name: 'governed object',
    applies: (c, targets) => c.fallback && unread(c, targets),
    pick: ({ scan, match, exclude }) => infinitiveObject(scan.view, match.last + 1, scan.end, exclude),
  },
  {
    // "criticized and sanctioned Iran": a verb with no object of its own shares the next verb's; when its pattern
    // read an object of its own, only the place where both acts happened ("vetoed the resolution and criticised the
    // US" vetoes nothing of the US's)
    name: 'shared object',
    applies: unread,
    pick: ({ scan, match, exclude }) => {
      const shared = sharedObject(scan.view, match.last, scan.end, exclude)
      return ownObject(scan.view, match) ? shared.filter((t) => afterLocative(scan.view, t.first)) : shared
    },
  },
  {
    // "met Wang Yi and signed a climate agreement": a cooperative act coordinated after another is done with its
    // partner
    name: 'coordinated partner',
    applies: unread,
    pick: ({ scan, chain, code, exclude }) => coordinatedPartner(scan, chain, code, exclude),
  },
  {
    // "shot one Kenyan officer and injured three others": the others are of the side the verb before acted on
    name: 'others',
    applies: unread,
    pick: ({ scan, match, chain }) => othersOf(scan, match, chain),
  },
  {
    // "The shelling of Kharkiv by Russian forces killed eight civilians": the victims are where the shelling struck
    name: 'cause',
    applies: (c, targets) => unread(c, targets) && c.subject.length > 0,
    pick: ({ scan, chain, code }) => causeTargets(scan, chain, code),
  },
  {
    // "threatened to walk out of the talks if Ankara sent troops", "If Russia does not withdraw its troops, NATO will
    // deploy more forces": a threat (or a conflictual act stated as an intention, which CAMEO codes as one) is aimed at
    // the actor of its condition, after it or before it
    name: 'condition',
    applies: (c, targets) => !targets.length && threatened(c),
    pick: ({ scan, match, chain, exclude }) => {
      const after = conditionActor(scan.view, match.last + 1, scan.end, exclude)
      return after.length ? after : conditionBefore(scan.view, scan.first, chain.start, exclude)
    },
  },
  {
    // "the Saudi delegation took part in the session": a meeting noun referring back to a meeting is held with its
    // host organization
    name: 'meeting host',
    applies: (c, targets) => !targets.length && c.scan.tables.has(c.code, 'meeting'),
    pick: ({ scan, match }) => {
      const host = meetingHost(scan.view, match.head, match.last, 0)
      return host ? [host] : []
    },
  },
  {
    // "halted relief work in Kabul": the place of a material act stands for its country; an act with no object (a
    // resignation) has none, nor have two sides acting on each other ("signed a ceasefire in Minsk")
    name: 'place of the act',
    applies: (c, targets) =>
      !targets.length && c.subject.length > 0 && !c.scan.tables.has(c.code, 'noTarget') && !c.match.mutual,
    pick: (c) => otherPlace(c),
  },
  {
    // "Kyiv said Russian drones hit power plants overnight": force whose struck side the reported clause leaves
    // unnamed befell the state that reports it
    name: 'reporting state',
    applies: (c, targets) =>
      !targets.length &&
      c.subject.length > 0 &&
      c.scan.tables.has(c.code, 'force') &&
      !c.match.mutual &&
      c.chain.modality === 'asserted',
    pick: ({ scan, match, subject }) => {
      const state = reportingState(scan.view, subject, { first: scan.first, last: match.last, end: scan.end })
      return state ? [state] : []
    },
  },
]

/** The place of the act, when it is not the subject's own. */
function otherPlace(c: TargetCase): ActorSpan[] {
  const place = c.place()
  return place && !c.exclude.has(place.ref.entity) ? [place] : []
}

/** The case the target rules read, with the place of the act read at most once. */
export function targetCase(scan: Scan, match: Match, chain: Chain, subject: readonly ActorSpan[]): TargetCase {
  const code = match.item.entry.code
  const exclude = new Set(subject.map((s) => s.ref.entity))
  let place: ActorSpan | undefined | null = null
  const read = () => {
    if (place === null)
      place = scan.tables.has(code, 'placeTarget')
        ? placeTarget(scan.view, match.head + 1, match.last, scan.end, exclude)
        : undefined
    return place
  }
  return { scan, match, chain, code, subject, exclude, fallback: !!match.item.entry.default, place: read }
}

/** The targets of a verbal event: each rule in order, each that applies and picks actors replacing what was found. */
export function chooseTargets(c: TargetCase): ActorSpan[] {
  let targets: readonly ActorSpan[] = []
  for (const rule of TARGET_RULES) {
    if (!rule.applies(c, targets)) continue
    const picked = rule.pick(c)
    if (picked.length) targets = picked
  }
  return [...targets]
}

/** The names of the target rules in their order, for tests and traces. */
export const TARGET_RULE_NAMES: readonly string[] = TARGET_RULES.map((r) => r.name)
