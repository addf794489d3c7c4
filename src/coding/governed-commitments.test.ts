import { describe, expect, test } from 'vitest'
import { codedFull as coded, codesEach } from './test-helpers.js'

describe('issue 10: troops committed to a side are a commitment of forces, not a threat', () => {
  const CASES: [text: string, events: string[]][] = [
    // agree / pledge / offer / promise / commit / be ready / be willing + sending forces: 0334, target where they go
    ['The United States agreed to send more troops to Poland.', ['USA>POL 0334 intent']],
    ['Germany pledged to send troops to Lithuania.', ['DEU>LTU 0334 intent']],
    ['France offered to deploy troops to Romania.', ['FRA>ROU 0334 intent']],
    ['Britain is willing to deploy forces to Estonia.', ['GBR>EST 0334 intent']],
    ['Canada promised to dispatch soldiers to Latvia.', ['CAN>LVA 0334 intent']],
    // refused: a refusal to provide military protection (1224), as cameo.json's refusal form says
    ['Turkey refused to send troops to Syria.', ['TUR>SYR 1224 asserted']],
    // counter-sentences: a threat, a plan or a future of the same move stays the threat form of 15
    ['Russia threatened to send troops to Moldova.', ['RUS>MDA 138 intent']],
    ['Russia will send more troops to the border with Finland.', ['RUS>FIN 138 intent']],
    ['Russia plans to deploy troops to Belarus.', ['RUS>BLR 138 intent']],
    // a troop move done stays a mobilization; other pledged aid keeps its own intent form
    ['The United States sent more troops to Poland.', ['USA>POL 154 asserted']],
    ['Germany promised to provide weapons to Ukraine.', ['DEU>UKR 0332 intent']],
    // a show of force other than troops sent has no pledge form: its intent is still a threat
    ['China agreed to hold military drills near Taiwan.', ['CHN>TWN 138 intent']],
    // forces pledged to a side's border, or near it, go against it: still the threat
    ['Russia is ready to deploy troops to the border with Finland.', ['RUS>FIN 138 intent']],
    ["Russia agreed to send troops to Ukraine's border.", ['RUS>UKR 138 intent']],
    ['Russia agreed to send troops to the Ukrainian border.', ['RUS>UKR 138 intent']],
    ['Russia is ready to deploy troops near Finland.', ['RUS>FIN 138 intent']],
    // counter: forces pledged in a land are committed to it, as those sent to it
    ['Britain agreed to deploy troops in Estonia.', ['GBR>EST 0334 intent']],
  ]
  codesEach(CASES)
})

describe('issue 10: an agreement signed or reached by one side with no partner named is no event', () => {
  const CASES: [text: string, events: string[]][] = [
    ['Israel signed the deal.', []],
    ['Iran reached a deal on its nuclear programme.', []],
    ['Israel agreed to sign the deal.', []],
    ['Russia signed an agreement to supply gas.', []],
    // counter-sentences: the partner is a target or a coordinated subject
    ['Israel signed the deal with Egypt.', ['ISR>EGY 057 asserted']],
    ['Japan and Vietnam signed a trade pact.', ['JPN>VNM 057 asserted', 'VNM>JPN 057 asserted']],
    ['The deal was signed by Israel and Egypt.', ['ISR>EGY 057 asserted', 'EGY>ISR 057 asserted']],
    // a partner named that stands for no actor of the KB is still a partner
    ['Sudan signed a peace deal with rival militias on Friday.', ['SDN>SDN 057 asserted']],
    // a one-sided yielding keeps its event, and so do a refusal and a request to sign
    ['Hamas agreed to a ceasefire.', ['PSE>- 0356 asserted']],
    ['India refused to sign the trade pact.', ['IND>- 127 asserted']],
    ['The United Nations urged Israel to sign the deal.', ['UN>ISR 027 asserted']],
  ]
  codesEach(CASES)
})

test('issue 10: an act of one side alone under 057 (ratifying, acceding, joining) keeps its event', () => {
  expect(coded('Serbia countersigned the agreement.')).toEqual(['SRB>- 057 asserted'])
  expect(coded('Ukraine acceded to the convention.')).toEqual(['UKR>- 057 asserted'])
})
