import { describe } from 'vitest'
import { fullCases as check } from './test-helpers.js'

/**
 * Common news verbs with the objects and prepositions wire copy gives them (issue 10 items 1, 3, 4): sentences of our
 * own about real kinds of events, run through the whole pipeline with the package's KB, each with the full CAMEO code
 * it must get ("SRC>TGT code modality") and, for a look-alike, the event it must not.
 */
describe('"open to talks": a readiness adjective, not the verb "open"; a plural after "to" is a noun', () => {
  check([
    ['Turkey is open to talks with Syria.', ['TUR>SYR 036 intent'], ['TUR>SYR 046 asserted']],
    ['Russia said it was open to talks with NATO.', ['RUS>NATO 036 intent'], ['RUS>NATO 046 asserted']],
    // a denied readiness is no event, and certainly no talks held
    ['Israel is not open to talks with Hamas.', [], ['*']],
    // the verb "open" still opens talks
    ['Israel opened talks with Lebanon.', ['ISR>LBN 046 asserted']],
    ['Russia agreed to talks with Ukraine.', ['RUS>UKR 036 asserted'], ['RUS>UKR 019 asserted']],
    ['Hamas committed to negotiations with Israel.', ['PSE>ISR 036 asserted']],
  ])
})
