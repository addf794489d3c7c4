import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 item 5, actors linked right: a state's oil and gas companies act for it in its business sector (data/kb
 * bodies.json), and the adjective of a region lying in one country, before a body or agent, is that country's
 * ("South Ossetian militias": Georgia's, as "Iraqi police" are Iraq's). Sentences of our own; "source>target root".
 */
describe("a state's companies act for it (BUS)", () => {
  codedCases([
    ['Gazprom cut gas supplies to Ukraine.', '2009-01-05', ['RUS/RUSBUS>UKR/UKR 16']],
    ['Naftogaz accused Gazprom of breaking the contract.', '2009-01-05', ['UKR/UKRBUS>RUS/RUSBUS 11']],
    ['Saudi Aramco signed a supply deal with China.', '2017-03-16', ['SAU/SAUBUS>CHN/CHN 05']],
    ["Iraq's oil ministry criticized Sinopec.", '2012-05-01', ['IRQ/IRQGOV>CHN/CHNBUS 11']],
  ])
})

describe("a region's adjective before a body is its country's", () => {
  codedCases([
    ['Georgia accused South Ossetian militias of shelling villages.', '2008-08-05', ['GEO/GEO>GEO/GEOUAF 11']],
    // a breakaway region's officials are its de facto authorities' while they hold it (actors-breakaway.test.ts)
    ['Transnistrian officials accused Moldova of provocations.', '2009-01-05', ['MDA/MDASEP>MDA/MDA 11']],
    ['Transnistrian officials accused Moldova of provocations.', '1990-03-01', ['MDA/MDAGOV>MDA/MDA 11']],
    // counters: a region whose states act together keeps its own code; a region's name alone is no actor
    ['Western diplomats criticized Iran.', '2009-01-05', ['region:west/WSTGOV>IRN/IRN 11']],
    ['Russian troops entered Transnistria.', '2009-01-05', [], ['RUS/RUSMIL>MDA/MDA 19', 'RUS/RUSMIL>MDA/MDAGOV 19']],
  ])
})
