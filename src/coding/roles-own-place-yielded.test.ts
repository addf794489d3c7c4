import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles): a side that yields a place of its own (flees or leaves its own city) yields it to no one the
 * sentence names: the place is where it yields, not a target. Sentences of our own, through the whole pipeline; sides
 * are written entity/actor code.
 */

describe('an own place yielded is no target', () => {
  codedCases([
    ['Hamas gunmen fled Gaza City.', '2019-05-01', ['PSE/PSEREBHMS>- 08'], ['PSE/PSEREBHMS>PSE/PSE 08']],
    ['Ukrainian troops withdrew from Bakhmut.', '2023-06-01', ['UKR/UKRMIL>- 08'], ['UKR/UKRMIL>UKR/UKR 08']],
    // counter-sentences: another side's place names that side
    ['Russian troops withdrew from Kherson.', '2023-06-01', ['RUS/RUSMIL>UKR/UKR 08']],
    ['Islamic State fighters fled Mosul.', '2019-05-01', ['ISIS/IMGREB>IRQ/IRQ 08']],
  ])
})
