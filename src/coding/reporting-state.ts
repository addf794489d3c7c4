import { type ActorSpan, type DocView, closingSayer, findSubject, matchesWord } from '../nlp/syntax/index.js'

/** The clause a saying verb reports and the actors who say it. */
interface Report {
  readonly sayers: readonly ActorSpan[]
  /** The reported clause's tokens, [from, to). */
  readonly from: number
  readonly to: number
}

/**
 * "Kyiv said Russian drones hit power plants overnight": the saying verb opening the sentence, right before the
 * subject of the clause it reports ("that" and determiners between).
 */
function openingReport(view: DocView, subject: ActorSpan, first: number, end: number): Report | undefined {
  let k = subject.first - 1
  while (k >= first && (view.words.COMPLEMENTIZERS.has(view.tokens[k]?.norm ?? '') || view.tokens[k]?.pos === 'DET'))
    k--
  if (k < first || view.tokens[k]?.pos !== 'VERB' || !matchesWord(view.forms[k], view.words.SAY_VERBS)) return undefined
  return { sayers: findSubject(view, k, first), from: k + 1, to: end }
}

/** "Russian drones hit power plants overnight, Kyiv said": the attribution closing the sentence. */
function closingReport(view: DocView, from: number, first: number, end: number): Report | undefined {
  const sayers = closingSayer(view, from, end)
  const start = sayers[0]?.first
  if (start === undefined) return undefined
  let comma = start - 1
  while (comma > from && view.tokens[comma]?.norm !== ',') comma--
  return { sayers, from: first, to: comma }
}

/**
 * Whether the clause names no one and nothing but its subject: no place, no other actor, no other name, not even one
 * the recognizer left unread ("out of Nagorno-Karabakh", "the fields of Zaporizhzhia": a proper noun may be a place).
 */
function onlySubjectNamed(view: DocView, report: Report, subject: readonly ActorSpan[]): boolean {
  const own = (i: number) => subject.some((s) => s.first <= i && i <= s.last)
  for (let i = report.from; i < report.to; i++) {
    if (own(i)) continue
    if (view.mentionCover.has(i) || view.tokens[i]?.pos === 'PROPN') return false
  }
  return true
}

/**
 * Whether the story before the sentence starting at `first` names no country but `sides`' (as an actor or a place's):
 * a state reporting force in a story of a third country's war may be an onlooker ("Britain said Russian missiles struck
 * an energy facility", after a sentence naming Ukraine).
 */
function noThirdCountryBefore(view: DocView, first: number, sides: ReadonlySet<string>): boolean {
  for (const [i, span] of view.actorStart) if (i < first && !sides.has(span.ref.entity)) return false
  for (const [i, place] of view.located) if (i < first && !sides.has(place.country)) return false
  return true
}

/**
 * The state that reports force done to it by another, when the reported clause names no one struck and nothing but
 * its doer: "Kyiv said Russian drones hit power plants overnight" (RUS>UKR), "Russian forces shelled villages
 * overnight, Ukraine said". One state reports (not an organization, a group or a list), and it is not the doer's
 * own: "Israel said its jets struck depots" and "Troops shelled positions, Ukraine said" report the sayer's own acts.
 * Nor may the story before name a third country.
 */
export function reportingState(
  view: DocView,
  subject: readonly ActorSpan[],
  span: { readonly last: number; readonly first: number; readonly end: number },
): ActorSpan | undefined {
  const doer = subject[0]
  if (!doer) return undefined
  const report =
    openingReport(view, doer, span.first, span.end) ?? closingReport(view, span.last + 1, span.first, span.end)
  if (!report || !onlySubjectNamed(view, report, subject)) return undefined
  const sayer = report.sayers[0]
  const own = new Set(subject.map((s) => s.ref.entity))
  if (!sayer || report.sayers.some((s) => s.ref.entity !== sayer.ref.entity) || own.has(sayer.ref.entity))
    return undefined
  if (sayer.ref.group || view.kb.entity(sayer.ref.entity)?.kind !== 'country') return undefined
  if (!noThirdCountryBefore(view, span.first, new Set([...own, sayer.ref.entity]))) return undefined
  const { entity, mention } = sayer.ref
  const code = view.kb.actorCode(entity)
  return { ...sayer, ref: mention === undefined ? { entity, code } : { entity, mention, code } }
}
