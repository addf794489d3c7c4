import { byCodePrefix } from './tables.js'

/**
 * CAMEO codes a promised or threatened action as the promise or threat itself: "will visit" is 036 (intent to
 * meet), "pledged to provide military aid" 0332, "threatened to impose sanctions" 1312. Codes are matched on
 * their longest listed prefix.
 */
const PROMISE: Record<string, string> = {
  '04': '036',
  '045': '039',
  '05': '032',
  '057': '030',
  '06': '031',
  '061': '0311',
  '062': '0312',
  '063': '0313',
  '064': '0314',
  '07': '033',
  '071': '0331',
  '072': '0332',
  '073': '0333',
  '074': '0334',
  '08': '035',
  '081': '0351',
  '082': '0352',
  '083': '034',
  '0831': '0341',
  '0832': '0342',
  '0833': '0343',
  '0834': '0344',
  '084': '0353',
  '085': '0354',
  '086': '0355',
  '087': '0356',
}

const THREAT: Record<string, string> = {
  '14': '133',
  '15': '138',
  '16': '131',
  '160': '1313',
  '161': '1313',
  '162': '1311',
  '163': '1312',
  '164': '134',
  '165': '135',
  '166': '136',
  '17': '137',
  '171': '131',
  '172': '132',
  '1721': '1321',
  '1722': '1322',
  '1723': '1323',
  '1724': '1324',
  '18': '138',
  '19': '138',
  '190': '1384',
  '191': '1381',
  '192': '1382',
  '193': '1384',
  '194': '1384',
  '195': '1384',
  '20': '1383',
  '204': '1385',
  '2041': '1385',
  '2042': '1385',
}

/**
 * CAMEO codes a refused action as a rejection (12), not as the action negated: "refused to send troops"
 * is 1224, "declined to lift the curfew" 1241, "refused to sign the accord" 127. Only cooperative roots (04–08)
 * have a rejection form; "refused to condemn" stays a negated 111.
 */
const REFUSAL: Record<string, string> = {
  '04': '125',
  '045': '126',
  '05': '120',
  '057': '127',
  '06': '121',
  '061': '1211',
  '062': '1212',
  '07': '122',
  '071': '1221',
  '072': '1222',
  '073': '1223',
  '074': '1224',
  '075': '1223',
  '08': '124',
  '081': '1241',
  '082': '1242',
  '083': '123',
  '0831': '1231',
  '0832': '1232',
  '0833': '1233',
  '0834': '1234',
  '084': '1243',
  '085': '1244',
  '086': '1245',
  '087': '1246',
}

/** The code of a promised (or threatened) action; the code itself when CAMEO has no intent form for it. */
export function intentCode(code: string): string {
  return byCodePrefix(PROMISE, code) ?? byCodePrefix(THREAT, code) ?? code
}

/** The rejection code of a refused action, or undefined when CAMEO codes it as the action negated. */
export function refusalCode(code: string): string | undefined {
  return byCodePrefix(REFUSAL, code)
}
