import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles): a pronoun acts as its antecedent does, in its sector as well as its country. Sentences of our own,
 * through the whole pipeline; sides are written entity/actor code.
 */

describe('a pronoun keeps the sector of the agent it stands for', () => {
  codedCases([
    ['The Iraqi army said it attacked Islamic State fighters.', '2017-06-01', ['IRQ/IRQMIL>ISIS/IMGREB 19']],
    ['The Pentagon said it would send more troops to Poland.', '2019-05-01', ['USA/USAMIL>POL/POL 13']],
    ['The Iraqi army said its soldiers killed militants.', '2017-06-01', ['IRQ/IRQMIL>- 19']],
    // counter-sentences: a state or a person named whole keeps its own code
    ['Russia said it would expel British diplomats.', '2019-05-01', ['RUS/RUS>GBR/GBRGOV 13']],
    ['Putin said he would visit China next month.', '2019-05-01', ['RUS/RUSGOV>CHN/CHN 03']],
  ])
})
