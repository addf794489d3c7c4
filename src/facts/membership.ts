import type { CodedEvent, Doc } from '../document.js'
import { docIndex } from '../nlp/segment/index.js'
import { listForward, type DocView } from '../nlp/syntax/index.js'
import { learned, type FactDraft } from './draft.js'

/** Dictionary rules whose events state that the source became a member of the target. */
const JOINING = new Set(['join $TARGET', 'become member of $TARGET', 'accede to $TARGET'])

/** "Sweden became the 32nd member of the alliance", "Finland joined NATO": member_of from the event's date. */
export function joinedFacts(doc: Doc): FactDraft[] {
  const facts: FactDraft[] = []
  for (const event of doc.events) {
    if (!JOINING.has(event.rule) || !event.source || !event.target || event.negated) continue
    if (event.modality !== 'asserted' && event.modality !== 'reported') continue
    if (soughtMembership(doc, event)) continue
    facts.push(learned('member_of', event.source.entity, event.target.entity, event.evidence, startOf(event)))
  }
  return facts
}

/** "the first to join", "the 32nd country to join", "the latest to join": the one who joined, by its rank. */
const RANKS = new Set(['first', 'second', 'third', 'last', 'latest', 'newest', 'next'])
const RANK_NUMBER = /^\d+(?:st|nd|rd|th)$/

/**
 * Whether "join" is an infinitive, which states no membership: "its bid to join NATO", "applied to join", "is
 * trying to join", "seeks to join" are an application or an intent (the coder codes the application, 022, or the
 * intent). A rank before it keeps the membership: "Finland became the 31st member to join".
 */
function soughtMembership(doc: Doc, event: CodedEvent): boolean {
  const head = docIndex(doc).tokenStartingAt(event.trigger.start)
  if (head < 1 || doc.tokens[head - 1]?.norm !== 'to') return false
  for (let i = head - 2; i >= Math.max(0, head - 4); i--) {
    const norm = doc.tokens[i]?.norm ?? ''
    if (RANKS.has(norm) || RANK_NUMBER.test(norm)) return false
  }
  return true
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
