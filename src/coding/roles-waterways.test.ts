import { describe } from 'vitest'
import { fullCases } from './test-helpers.js'

/**
 * Issue 10 items 5 and 7: a strait or gulf between several shores (data/kb/regions.json: the Strait of Hormuz, Bab
 * el-Mandeb, the Strait of Malacca, the Kerch Strait, the Sea of Azov, the Gulfs of Aden and Oman) is one place
 * named whole, no side of an act done there. Read as a bare "Strait" and an unlinked name, "Hormuz" was taken for a
 * group at home, so the state closing the strait was its own target. Sentences of our own, whole pipeline.
 */
describe('a waterway between shores is no side of the act', () => {
  fullCases([
    ['Iran closed the Strait of Hormuz to tankers.', ['IRN>- 191 asserted'], ['IRN>IRN 191 asserted']],
    ['Iran threatened to close the Strait of Hormuz.', ['IRN>- 1381 intent'], ['IRN>IRN 1381 intent']],
    ['Iran would close the Strait of Hormuz.', ['IRN>- 191 hypothetical'], ['IRN>IRN 191 hypothetical']],
    ['Iran seized a tanker near the Strait of Hormuz.', ['IRN>- 171 asserted'], ['IRN>IRN 171 asserted']],
  ])
})

describe('a side named in the act stays its target', () => {
  fullCases([
    ['Iran seized a British tanker near the Strait of Hormuz.', ['IRN>GBR 171 asserted']],
    ['Russia seized three Ukrainian navy ships in the Kerch Strait.', ['RUS>UKR 171 asserted']],
    ['China closed the Taiwan Strait to shipping.', ['CHN>- 191 asserted']],
  ])
})
