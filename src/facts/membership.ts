import type { CodedEvent, Doc } from '../document.js'
import { type ActorSpan, listForward, type DocView } from '../coding/index.js'
import { learned, type FactDraft } from './draft.js'

/** Dictionary rules whose events state that the source became a member of the target. */
const JOINING = new Set(['join $TARGET', 'become member of $TARGET', 'accede to $TARGET'])

/** "Sweden became the 32nd member of the alliance", "Finland joined NATO": member_of from the event's date. */
export function joinedFacts(doc: Doc): FactDraft[] {
  const facts: FactDraft[] = []
  for (const event of doc.events) {
    if (!JOINING.has(event.rule) || !event.source || !event.target || event.negated) continue
    if (event.modality !== 'asserted' && event.modality !== 'reported') continue
    facts.push(learned('member_of', event.source.entity, event.target.entity, event.evidence, startOf(event)))
  }
  return facts
}

function startOf(event: CodedEvent): { start?: string; confidence: number } {
  if (event.date?.precision === 'day') return { start: event.date.value, confidence: 0.8 }
  return { confidence: 0.7 }
}

/** "The G-7 members of Britain, Canada, … and the United States": member_of for each listed country. */
export function listedMembers(view: DocView): FactDraft[] {
  const facts: FactDraft[] = []
  const { tokens } = view
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token?.pos !== 'NOUN' || !(view.forms[i] ?? []).includes('member') || tokens[i + 1]?.norm !== 'of') continue
    const group = view.actorEnd.get(i - 1) ?? view.actorEnd.get(i - 2)
    const first = view.actorStart.get(i + 2) ?? view.actorStart.get(i + 3)
    if (!group || group.mention.kind !== 'organization' || !first) continue
    const sentence = view.sentenceTokens[token.sentence]
    for (const member of listForward(view, first, sentence?.[1] ?? tokens.length)) {
      if (member.ref.entity === group.ref.entity || addedToList(view, member.first)) continue
      const evidence = { start: view.tokens[group.first]?.start ?? 0, end: member.mention.end }
      facts.push(learned('member_of', member.ref.entity, group.ref.entity, evidence))
    }
  }
  return facts
}

/** "…, plus Japan", "along with the African Union": an item added to a list of members is not one of them. */
function addedToList(view: DocView, first: number): boolean {
  let i = first - 1
  if (view.tokens[i]?.norm === 'the') i--
  const words = (n: number) =>
    view.tokens
      .slice(Math.max(0, i - n + 1), i + 1)
      .map((t) => t.norm)
      .join(' ')
  return words(1) === 'plus' || words(2) === 'along with' || words(3) === 'as well as'
}

/** Verbs and phrases by which an organization names its members: "the bloc, which comprises A, B and C". */
const COMPOSED_OF = new Map<string, string | undefined>([
  ['comprise', undefined],
  ['include', undefined],
  ['group', undefined],
  ['consist', 'of'],
  ['make', 'up'],
])

/**
 * "the bloc, which currently comprises Brazil, Russia, India, China and South Africa", "NATO, made up of …":
 * member_of for each listed country. The organization is the nearest actor before the verb in its sentence.
 */
export function composedMembers(view: DocView): FactDraft[] {
  const facts: FactDraft[] = []
  const { tokens } = view
  for (let i = 0; i < tokens.length; i++) {
    const forms = view.forms[i] ?? []
    const verb = forms.find((form) => COMPOSED_OF.has(form))
    if (!verb) continue
    const particle = COMPOSED_OF.get(verb)
    let next = i + 1
    if (particle) {
      if (tokens[next]?.norm !== particle) continue
      next++
      if (verb === 'make' && tokens[next]?.norm === 'of') next++
      else if (verb === 'make') continue
    }
    const sentence = view.sentenceTokens[tokens[i]!.sentence] ?? [0, tokens.length]
    const group = organizationBefore(view, i, sentence[0])
    const first = view.actorStart.get(next) ?? view.actorStart.get(next + 1)
    if (!group || !first) continue
    const members = listForward(view, first, sentence[1])
    // one country is an example ("includes Brazil"), not the membership; a list names the members
    if (members.length < 2) continue
    for (const member of members) {
      if (member.mention.kind !== 'country' || member.ref.entity === group.ref.entity) continue
      const evidence = { start: view.tokens[group.first]?.start ?? 0, end: member.mention.end }
      facts.push(learned('member_of', member.ref.entity, group.ref.entity, evidence, { confidence: 0.7 }))
    }
  }
  return facts
}

/** The nearest organization ending within a few tokens before `i` ("the bloc, which currently comprises"). */
function organizationBefore(view: DocView, i: number, sentenceStart: number) {
  for (let j = i - 1; j >= Math.max(sentenceStart, i - 5); j--) {
    const span = view.actorEnd.get(j)
    if (span) return span.mention.kind === 'organization' ? span : undefined
  }
  return undefined
}

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

const ADMITTED_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being'])
const MANNER = new Set(['formally', 'officially', 'finally', 'also', 'unanimously'])

/**
 * "Sweden was admitted to NATO on Thursday", "the UN admitted South Sudan in 2011", and, when the sentence or the
 * context names a single organization, "Finland was admitted last April": member_of from the clause's date.
 */
export function admittedMembers(view: DocView): FactDraft[] {
  const facts: FactDraft[] = []
  const { tokens } = view
  for (let i = 0; i < tokens.length; i++) {
    if (!(view.forms[i] ?? []).includes('admit') || tokens[i]?.pos === 'NOUN') continue
    const sentence = tokens[i]!.sentence
    const [first, end] = view.sentenceTokens[sentence] ?? [0, tokens.length]
    let before = i - 1
    while (before > first && MANNER.has(tokens[before]?.norm ?? '')) before--
    let member: ActorSpan | undefined
    let group: ActorSpan | undefined
    let after = i + 1
    if (ADMITTED_AUX.has(tokens[before]?.norm ?? '')) {
      // passive: the member is the subject, the organization follows "to" or "into", or the context names it
      let s = before - 1
      while (s > first && (tokens[s]?.norm === 'has' || tokens[s]?.norm === 'had' || tokens[s]?.norm === 'have')) s--
      member = view.actorEnd.get(s) ?? view.actorEnd.get(before - 1)
      const to = tokens[after]?.norm
      if (to === 'to' || to === 'into') {
        after++
        if (tokens[after]?.norm === 'the') after++
        group = view.actorStart.get(after)
      } else group = soleOrganization(view, sentence)
    } else {
      group = view.actorEnd.get(before)
      member = view.actorStart.get(after)
    }
    if (!member || !group || member.mention.kind !== 'country' || group.mention.kind !== 'organization') continue
    if (view.tokens[i - 1]?.norm === 'not' || view.tokens[i - 1]?.norm === "n't") continue
    const span = { start: tokens[Math.min(member.first, group.first, i)]?.start ?? 0, end: tokens[i]?.end ?? 0 }
    const date = clauseDate(view, i, end)
    facts.push(
      learned('member_of', member.ref.entity, group.ref.entity, span, {
        ...(date ? { start: date } : {}),
        confidence: 0.7,
      }),
    )
  }
  return facts
}

/**
 * The organization the context names: the nearest of this sentence, the one before, the paragraph and the headline
 * that names any, when it names exactly one ("Sweden joins NATO … Finland was admitted last April").
 */
function soleOrganization(view: DocView, sentence: number): ActorSpan | undefined {
  const { sentences, zones } = view.doc
  const at = sentences[sentence]?.start ?? 0
  const paragraph = zones.find((zone) => zone.start <= at && at < zone.end)
  const headline = zones.find((zone) => zone.kind === 'headline')
  const scopes = [sentences[sentence], sentences[sentence - 1], paragraph, headline]
  for (const scope of scopes) {
    if (!scope) continue
    const found = new Map<string, ActorSpan>()
    for (const span of view.actorStart.values()) {
      const start = view.tokens[span.first]?.start ?? -1
      if (start >= scope.start && start < scope.end && span.mention.kind === 'organization')
        found.set(span.ref.entity, span)
    }
    if (found.size > 0) return found.size === 1 ? [...found.values()][0] : undefined
  }
  return undefined
}

/** The first dated time after token `i` in its clause ("was admitted last April" → "2023-04"). */
function clauseDate(view: DocView, i: number, end: number): string | undefined {
  const from = view.tokens[i]?.end ?? 0
  const to = view.tokens[end - 1]?.end ?? from
  const time = view.doc.times.find(
    (t) => t.start >= from && t.end <= to && t.resolved && t.value && t.type === 'DATE' && t.precision !== 'reference',
  )
  return time?.value
}
