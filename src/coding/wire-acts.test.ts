import { describe } from 'vitest'
import { fullCases as check } from './test-helpers.js'

/**
 * Acts as wire news words them, code by code (issue 10 item 4): sentences of our own about real kinds of events, run
 * through the whole pipeline with the package's KB, each with the full CAMEO code it must get ("SRC>TGT code
 * modality") and, for a word used in another sense, the event it must not.
 */
describe('16: reducing relations, by the envoy sent home, the mission downgraded, the contacts suspended', () => {
  check([
    ['Britain expelled the Russian military attache.', ['GBR>RUS 161 asserted']],
    ["Britain expelled Russia's defence attaché.", ['GBR>RUS 161 asserted']],
    ['Russia downgraded its diplomatic mission in Finland.', ['RUS>FIN 161 asserted']],
    ['Morocco suspended all contacts with the German embassy.', ['MAR>DEU 160 asserted']],
    ['China suspended imports of Taiwanese fruit.', ['CHN>TWN 163 asserted']],
    ['Canada placed sanctions on Venezuelan officials.', ['CAN>VEN 163 asserted']],
    ['Sanctions were placed on Iran by the United States.', ['USA>IRN 163 asserted']],
    // "placed" in another sense
    ['Canada placed its hopes on talks with Venezuela.', [], ['CAN>VEN 163 asserted']],
  ])
})

describe('03, 06, 08: mediation accepted, weapons hosted, outsiders let in', () => {
  check([
    ["Ukraine accepted Turkey's offer to mediate.", ['UKR>TUR 038 asserted']],
    ['Poland hosted American missiles.', ['POL>USA 062 asserted']],
    ['Poland offered to host American nuclear weapons.', ['POL>USA 0312 intent'], ['POL>USA 036 intent']],
    ['Israel allowed the United Nations to enter Gaza.', ['ISR>UN 086 asserted']],
    // an offer of goods accepted is no mediation
    ["Ukraine accepted Turkey's offer of grain.", [], ['UKR>TUR 038 asserted']],
  ])
})

describe('20 and 13: weapons of mass destruction used in a country; a warning against an act is no act', () => {
  check([
    ['Russia used chemical weapons in Ukraine.', ['RUS>UKR 2041 asserted']],
    ['Biden warned Putin against invading Ukraine.', ['USA>RUS 130 asserted'], ['RUS>UKR 192 asserted']],
    ['Germany cautioned Serbia against attacking Kosovo.', ['DEU>SRB 130 asserted'], ['SRB>UNK 190 asserted']],
    // a gerund after "against" that is no preposition's object still codes
    ['Russia attacked Ukraine again on Monday.', ['RUS>UKR 190 asserted']],
  ])
})

describe('07, 15, 16, 19, 02: weapons handed, zones entered, warships stopped, memberships frozen and sought', () => {
  check([
    ['The Netherlands handed Ukraine F-16 jets.', ['NLD>UKR 072 asserted']],
    ["Chinese jets entered Taiwan's air defence zone.", ['CHN>TWN 150 asserted']],
    ['Turkey prevented Russian warships from entering the Black Sea.', ['TUR>RUS 191 asserted']],
    ['Armenia froze its participation in the CSTO.', ['ARM>CSTO 160 asserted']],
    ['Ukraine applied for EU membership.', ['UKR>EU 022 asserted']],
    // weapons handed over by fighters are no aid; participation in talks suspended halts negotiations
    ["The rebels handed their weapons to Colombia's army.", [], ['COL>COL 072 asserted']],
    ['Iran suspended its participation in the talks.', ['IRN>- 164 asserted']],
  ])
})

describe('04, 11, 17: dialogue resumed, opposition restated, sites blocked', () => {
  check([
    ['China and Australia resumed dialogue.', ['CHN>AUS 046 asserted', 'AUS>CHN 046 asserted']],
    ['China and Australia agreed to resume dialogue.', ['CHN>AUS 036 intent']],
    ["China reiterated its opposition to Taiwan's independence.", ['CHN>TWN 110 asserted']],
    ['Russia blocked access to Facebook.', ['RUS>- 1721 asserted'], ['RUS>RUS 144 asserted']],
    ['Pakistan blocked access to X during the election.', ['PAK>- 1721 asserted']],
    // protesters blocking access to a place still obstruct passage
    ['Farmers in Poland blocked access to the border with Ukraine.', ['POL>UKR 144 asserted']],
  ])
})

describe('06, 07, 16, 19: joint drills staged, sums disbursed, revenues withheld, strikes inside a country', () => {
  check([
    ['South Korea and the United States staged joint air drills.', ['KOR>USA 062 asserted', 'USA>KOR 062 asserted']],
    ['Japan carried out joint exercises with the Philippines.', ['JPN>PHL 062 asserted']],
    ['The World Bank disbursed $1 billion to Pakistan.', ['WORLDBANK>PAK 071 asserted']],
    ['Israel withheld tax revenues from the Palestinian Authority.', ['ISR>PSE 163 asserted']],
    ['Pakistan carried out airstrikes inside Afghanistan.', ['PAK>AFG 195 asserted']],
    // drills of one side near another stay a show of force; aid withheld is aid cut
    ['Russia staged naval exercises near Japan.', ['RUS>JPN 150 asserted'], ['RUS>JPN 062 asserted']],
    ['The United States withheld aid from Egypt.', ['USA>EGY 162 asserted'], ['USA>EGY 163 asserted']],
  ])
})

describe('07, 16: aid and arms received from a giver; a country suspended by a bloc', () => {
  check([
    ['Ukraine received tanks from Germany.', ['DEU>UKR 072 asserted'], ['UKR>DEU 043 asserted']],
    ['Taiwan got Harpoon missiles from the United States.', ['USA>TWN 072 asserted']],
    ['Egypt secured a $3 billion loan from the IMF.', ['IMF>EGY 071 asserted']],
    ['Sri Lanka obtained emergency funding from India.', ['IND>LKA 071 asserted']],
    ['Sudan received aid from the United Arab Emirates.', ['ARE>SDN 070 asserted'], ['SDN>ARE 043 asserted']],
    ['Turkey received humanitarian assistance from Greece after the earthquake.', ['GRC>TUR 073 asserted']],
    ['The Arab League suspended Syria in 2011.', ['LAS>SYR 160 asserted']],
    ['ECOWAS suspended Mali after the coup.', ['ECOWAS>MLI 160 asserted']],
    // a call received is no aid; trade goods received are no aid; what a country suspends is not the country
    ['Ukraine received a phone call from Germany.', ['UKR>DEU 041 asserted'], ['DEU>UKR 070 asserted']],
    ['Poland received grain from Ukraine.', [], ['UKR>POL 073 asserted', 'UKR>POL 070 asserted']],
    ['Mali suspended French broadcasters.', [], ['MLI>FRA 160 asserted']],
    ["Putin suspended Russia's participation in the treaty.", [], ['RUS>RUS 160 asserted']],
  ])
})

describe('16: a ban on a country’s goods, imposed or introduced; goods from a country banned', () => {
  check([
    ['China imposed a ban on Japanese seafood.', ['CHN>JPN 163 asserted']],
    ['Russia banned wine from Moldova.', ['RUS>MDA 163 asserted']],
    ['Russia banned Moldovan fruit.', ['RUS>MDA 163 asserted']],
    // a ban at home on protests bans no country's goods
    ['Iran imposed a ban on protests in Tehran.', [], ['IRN>IRN 163 asserted']],
  ])
})

describe('03, 13: an intention stated as a noun ("voiced its readiness to", "announced plans to") governs the act', () => {
  check([
    ['Iran voiced its readiness to resume talks with the United States.', ['IRN>USA 036 intent']],
    ['China announced its intention to impose tariffs on Australian wine.', ['CHN>AUS 1312 intent']],
    [
      'Japan announced plans to supply Patriot missiles to the United States.',
      ['JPN>USA 0332 intent'],
      ['JPN>USA 072 asserted'],
    ],
    // a concern is no intention; a plan criticized is not the critic's
    ['Egypt expressed its concern about the Israeli operation.', ['EGY>ISR 110 asserted']],
    [
      "China criticized Japan's plan to release water from Fukushima.",
      ['CHN>JPN 111 asserted'],
      ['CHN>JPN 0331 intent'],
    ],
  ])
})

describe('04, 05 and word senses: a leader called by phone, a bargain struck; films, tones and buttons', () => {
  check([
    ['Modi called Zelensky on Tuesday.', ['IND>UKR 041 asserted']],
    ['Scholz called Macron and Sunak to coordinate a response.', ['DEU>FRA 041 asserted', 'DEU>GBR 041 asserted']],
    ['Turkey struck a bargain with Sweden.', ['TUR>SWE 057 asserted'], ['TUR>SWE 190 asserted']],
    ['Ukraine struck a Russian warship.', ['UKR>RUS 190 asserted']],
    // a leader called something is named, not phoned; a film shot, a tone struck, a button pressed are no events
    ['Biden called Putin a killer.', [], ['USA>RUS 041 asserted']],
    ['Erdogan called Netanyahu the butcher of Gaza.', [], ['TUR>ISR 041 asserted']],
    ['India shot a film in Switzerland.', [], ['IND>CHE 190 asserted']],
    ["Japan's prime minister struck a conciliatory tone with China.", [], ['JPN>CHN 190 asserted']],
    ['The Russian pilot pressed the button to launch the missile.', [], ['RUS>- 020 asserted']],
  ])
})

describe('04, 07: a country engaged on an issue, helped to negotiate; goods received are no visit', () => {
  check([
    ['Germany engaged China on climate policy.', ['DEU>CHN 040 asserted']],
    ['The United States engaged Iran over its nuclear programme.', ['USA>IRN 040 asserted']],
    ['Norway helped Colombia negotiate with the rebels.', ['NOR>COL 070 asserted']],
    ['Egypt helped Sudan organize elections.', ['EGY>SDN 070 asserted']],
    ['Egypt received the Israeli delegation.', ['EGY>ISR 043 asserted']],
    // troops engaged at the front fight; grain or gas received is trade, not a visit hosted
    ['Ukrainian troops engaged Russia on the front line near Bakhmut.', [], ['UKR>RUS 040 asserted']],
    ['Poland received grain from Ukraine.', [], ['POL>UKR 043 asserted']],
    ['Germany received gas from Norway.', [], ['DEU>NOR 043 asserted']],
  ])
})

describe('19: a supply run or boats kept from their way by armed ships are a blockade (191), no refusal', () => {
  check([
    ['Chinese coast guard ships blocked a Philippine resupply mission near the shoal.', ['CHN>PHL 191 asserted']],
    ['The Chinese coast guard obstructed Philippine supply boats in June 2024.', ['CHN>PHL 191 asserted']],
    ['Chinese coast guard cutters blocked Philippine fishing boats near Scarborough Shoal.', ['CHN>PHL 191 asserted']],
    // a mission of monitors is still international involvement refused; a ship sold is no boat of China's
    ['Hungary blocked an EU monitoring mission in Georgia.', ['HUN>EU 1245 asserted'], ['HUN>EU 191 asserted']],
    ['Germany blocked the sale of a ship to China.', [], ['DEU>CHN 191 asserted']],
  ])
})

describe('04, 11: a leader called after an event is phoned; one called a name or a quality is denounced', () => {
  check([
    ['Macron called Scholz after the vote in the Bundestag.', ['FRA>DEU 041 asserted']],
    ['Modi called Zelensky for a second time in March.', ['IND>UKR 041 asserted']],
    // a phrase of when or how often after the leader is no name
    ['Erdogan called Putin early on Sunday.', ['TUR>RUS 041 asserted']],
    ['Putin called Erdogan several times during the crisis.', ['RUS>TUR 041 asserted']],
    ['Macron called Putin the next morning.', ['FRA>RUS 041 asserted']],
    ['Biden called Putin a killer in 2021.', ['USA>RUS 111 asserted'], ['USA>RUS 041 asserted']],
    ['Erdogan called Netanyahu a terrorist.', ['TUR>ISR 111 asserted'], ['TUR>ISR 041 asserted']],
    ['Biden called Putin insane.', ['USA>RUS 111 asserted'], ['USA>RUS 041 asserted']],
    // a quality that is no insult is neither a call nor a denunciation
    ['Putin called Biden unpredictable.', [], ['RUS>USA 041 asserted', 'RUS>USA 111 asserted']],
  ])
})

describe('08, 05: sanctions lifted, announced or welcomed, are eased (085), and the welcome is approval (051)', () => {
  check([
    ['The European Union announced the lifting of sanctions on Syria in May 2013.', ['EU>SYR 085 asserted']],
    ['The United States announced the easing of sanctions on Venezuela.', ['USA>VEN 085 asserted']],
    ['Pakistan welcomed the easing of sanctions on Afghanistan.', ['PAK>AFG 051 asserted']],
    ['Japan welcomed the lifting of sanctions on Myanmar.', ['JPN>MMR 051 asserted'], ['JPN>MMR 163 asserted']],
    // sanctions announced are still imposed
    ['Canada announced sanctions on Iran.', ['CAN>IRN 163 asserted'], ['CAN>IRN 085 asserted']],
  ])
})

describe('15: police sent to a border or a region show police power (153)', () => {
  check([
    ['Poland deployed police officers to its border with Belarus in 2021.', ['POL>BLR 153 asserted']],
    ['Greece sent hundreds of police officers to the border with Turkey.', ['GRC>TUR 153 asserted']],
    ['France deployed thousands of gendarmes in New Caledonia.', ['FRA>NCL 153 asserted']],
    // police deploying tear gas are no police sent
    ['Kenyan police deployed tear gas in Nairobi.', [], ['KEN>KEN 153 asserted', 'KEN>- 153 asserted']],
  ])
})

describe('04: a letter or a message sent to another side is a consultation (040), unless its content is named', () => {
  check([
    ['North Korea sent a letter to the United States in 2018.', ['PRK>USA 040 asserted']],
    ['Kenya sent a message to Ethiopia.', ['KEN>ETH 040 asserted']],
    // a figurative message and a warning are no consultation
    ['China sent a strong message to Taiwan with the drills.', [], ['CHN>TWN 040 asserted']],
    ['Russia sent a warning message to NATO.', ['RUS>NATO 130 asserted'], ['RUS>NATO 040 asserted']],
  ])
})

describe('16, 19: a retaliation done by some means is coded as that means; without one it stays force', () => {
  check([
    [
      'Russia retaliated against Britain by expelling 23 British diplomats.',
      ['RUS>GBR 161 asserted'],
      ['RUS>GBR 190 asserted'],
    ],
    ['Russia punished Britain by expelling its diplomats.', ['RUS>GBR 161 asserted']],
    ['China responded to the visit by imposing sanctions on Taiwan.', ['CHN>TWN 163 asserted']],
    // no means: the retaliation's own code
    ['Iran retaliated against Israel overnight.', ['IRN>ISR 190 asserted']],
  ])
})
