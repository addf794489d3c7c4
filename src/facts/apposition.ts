import type { ActorSpan, DocView } from '../nlp/syntax/index.js'
import { learned, type FactDraft } from './draft.js'

/** Words that may stand between "a" and "member" in a membership apposition: "a founding member of". */
const MEMBER_MODIFIERS = new Set([
  'founding',
  'full',
  'fellow',
  'permanent',
  'non-permanent',
  'new',
  'newest',
  'longtime',
  'long-standing',
  'key',
  'core',
  'leading',
  'active',
  'influential',
  'important',
  'prominent',
])
const ORDINAL = /^\d+(?:st|nd|rd|th)$/

/** "member", "member state", "member country", "member nation": the token after the phrase, or undefined. */
function memberNounEnd(view: DocView, i: number): number | undefined {
  if (!(view.forms[i] ?? []).includes('member')) return undefined
  const next = view.tokens[i + 1]?.norm
  return next === 'state' || next === 'country' || next === 'nation' ? i + 2 : i + 1
}

/** Skips "a", "the" and the modifiers a membership phrase allows; returns where "member" should be. */
function skipMemberModifiers(view: DocView, i: number): number {
  const article = view.tokens[i]?.norm
  let j = article === 'a' || article === 'an' || article === 'the' ? i + 1 : i
  while (j < view.tokens.length) {
    const norm = view.tokens[j]?.norm ?? ''
    if (!MEMBER_MODIFIERS.has(norm) && !ORDINAL.test(norm)) break
    j++
  }
  return j
}

/**
 * A country in apposition with its membership: "South Korea, a member of the World Trade Organization,",
 * "Norway, as a NATO member,", and the title-like "NATO member Turkey", "fellow EU member state Hungary".
 * member_of at the publication date; words like "former", "aspiring" or "not" break the pattern.
 */
export function appositiveMembers(view: DocView): FactDraft[] {
  const facts: FactDraft[] = []
  const { tokens } = view
  const add = (member: ActorSpan, group: ActorSpan) => {
    if (member.mention.kind !== 'country' || group.mention.kind !== 'organization') return
    if (member.ref.entity === group.ref.entity) return
    const first = Math.min(member.first, group.first)
    const last = Math.max(member.last, group.last)
    const evidence = { start: tokens[first]?.start ?? 0, end: tokens[last]?.end ?? 0 }
    facts.push(learned('member_of', member.ref.entity, group.ref.entity, evidence, { confidence: 0.7 }))
  }
  for (const [start, country] of view.actorStart) {
    // "South Korea, (as) a (founding) member of ORG" · "Norway, (as) a NATO member"
    if (tokens[country.last + 1]?.norm !== ',') continue
    let i = country.last + 2
    if (tokens[i]?.norm === 'as') i++
    i = skipMemberModifiers(view, i)
    const group = view.actorStart.get(i)
    if (group) {
      const after = memberNounEnd(view, group.last + 1)
      if (after !== undefined && tokens[after - 1]?.sentence === tokens[start]?.sentence) add(country, group)
      continue
    }
    const after = memberNounEnd(view, i)
    if (after === undefined || tokens[after]?.norm !== 'of') continue
    const of =
      view.actorStart.get(after + 1) ?? (tokens[after + 1]?.norm === 'the' ? view.actorStart.get(after + 2) : undefined)
    if (of) add(country, of)
  }
  // "NATO member Turkey", "fellow EU member state Hungary"
  for (const [, group] of view.actorStart) {
    const after = memberNounEnd(view, group.last + 1)
    if (after === undefined) continue
    const member = view.actorStart.get(after)
    if (member) add(member, group)
  }
  return facts
}
