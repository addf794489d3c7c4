import { byCodePrefix } from './tables.js'
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
  '0831': '1041',
  '0832': '1042',
  '0833': '1043',
  '0834': '1044',
  '084': '1053',
  '085': '1054',
  '086': '1055',
  '087': '1056',
}

/**
 * CAMEO appeal codes for an appealed action: "urged Israel to lift the blockade" is 0256, "to release" 0253; "invited
 * Egypt to join" asks for diplomatic cooperation (022), not the settling of a dispute.
 */
const APPEALS: Record<string, string> = {
  '04': '026',
  '045': '028',
  '05': '022',
  '06': '021',
  '061': '0211',
  '062': '0212',
  '063': '0213',
  '064': '0214',
  '07': '023',
  '071': '0231',
  '072': '0232',
  '073': '0233',
  '074': '0234',
  '08': '025',
  '081': '0251',
  '082': '0252',
  '083': '024',
  '0831': '0241',
  '0832': '0242',
  '0833': '0243',
  '0834': '0244',
  '084': '0253',
  '085': '0254',
  '086': '0255',
  '087': '0256',
}

/** The demand code for an action, or the general 100. */
export function demandCode(code: string): string {
  return byCodePrefix(DEMANDS, code) ?? '100'
}

/**
 * A general appeal (020) or demand (100) made specific by the action asked for: "urged Russia to withdraw its
 * troops" is 0256, "demanded that Serbia release the prisoners" 1053. Other codes are kept.
 */
export function requestCode(code: string, action: string): string {
  if (code === '020') return byCodePrefix(APPEALS, action) ?? code
  if (code === '100') return byCodePrefix(DEMANDS, action) ?? code
  return code
}

/** The actor of a saying verb before `before` in the sentence ("Norway said … that Iran must …"). */
export function findSayer(view: DocView, before: number, sentenceStart: number): ActorSpan[] {
  for (let i = before - 1; i >= sentenceStart; i--) {
    const forms = view.forms[i] ?? []
    if (view.tokens[i]?.pos === 'NOUN' || !forms.some((form) => SAY_VERBS.has(form))) continue
    return findSubject(view, i, sentenceStart)
  }
  return []
}
