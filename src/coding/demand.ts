import { SAY_VERBS } from './chain.js'
import type { ActorSpan, DocView } from './view.js'
import { findSubject } from './subject.js'

/** CAMEO demand codes for a demanded action: "X said Y must release …" is X demanding a release (1053). */
const DEMANDS: Record<string, string> = {
  '03': '100',
  '04': '106',
  '045': '108',
  '05': '102',
  '057': '107',
  '06': '101',
  '061': '1011',
  '062': '1012',
  '063': '1013',
  '064': '1014',
  '07': '103',
  '071': '1031',
  '072': '1032',
  '073': '1033',
  '074': '1034',
  '08': '105',
  '081': '1051',
  '082': '1052',
  '083': '104',
  '084': '1053',
  '085': '1054',
  '086': '1055',
  '087': '1056',
}

/** The demand code for an action, or the general 100. */
export function demandCode(code: string): string {
  for (let length = code.length; length >= 2; length--) {
    const hit = DEMANDS[code.slice(0, length)]
    if (hit) return hit
  }
  return '100'
}

/** The actor of a saying verb before `before` in the sentence ("Russia said … that Sudan must …"). */
export function findSayer(view: DocView, before: number, sentenceStart: number): ActorSpan[] {
  for (let i = before - 1; i >= sentenceStart; i--) {
    const forms = view.forms[i] ?? []
    if (view.tokens[i]?.pos === 'NOUN' || !forms.some((form) => SAY_VERBS.has(form))) continue
    return findSubject(view, i, sentenceStart)
  }
  return []
}
