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

describe('acts only armed forces do: entering a land in numbers, fleeing it (issue 10 item 1, verbs missing)', () => {
  check([
    ['Russian forces poured into Ukraine.', ['RUS>UKR 190 asserted']],
    ['Hamas fighters poured into Israel.', ['PSE>ISR 190 asserted']],
    ['Iraqi forces fled Kuwait.', ['IRQ>KWT 0874 asserted']],
    ['Russian troops abandoned Kherson.', ['RUS>UKR 0874 asserted']],
    // refugees, migrants and civilians are no army
    ['Ukrainian refugees poured into Poland.', [], ['*']],
    ['Migrants flooded into Italy.', [], ['*']],
    ['Thousands of Sudanese civilians fled Sudan.', [], ['*']],
  ])
})

describe('objects and prepositions common news verbs take (issue 10 item 4)', () => {
  check([
    ['Russian troops pulled back from Kyiv.', ['RUS>UKR 0874 asserted']],
    // firms or investors pulling back from a market are no military retreat
    ['Western companies pulled back from Russia.', [], ['region:west>RUS 0874 asserted', '->RUS 0874 asserted']],
    ['Investors pulled back from China.', [], ['->CHN 0874 asserted']],
    ['Russia engaged Ukrainian forces near Bakhmut.', ['RUS>UKR 190 asserted']],
    ['India engaged Pakistan in talks.', ['IND>PAK 046 asserted'], ['IND>PAK 190 asserted']],
    ['Israel lobbied Washington against the nuclear deal.', ['ISR>USA 020 asserted']],
    // the deported are the target, not the country that takes them in
    ['Britain flew Albanian migrants out to Rwanda.', ['GBR>ALB 174 asserted'], ['GBR>RWA 174 asserted']],
  ])
})

describe('forces, craft and military sites hit, targeted, destroyed (issue 10 item 4)', () => {
  check([
    ['Ukraine hit Russian troops in Kursk.', ['UKR>RUS 190 asserted']],
    ['Israel hit a Hezbollah convoy.', ['ISR>LBN 190 asserted']],
    ['The United States targeted Houthi radar sites.', ['USA>YEM 190 asserted']],
    ['Israel destroyed Hamas tunnels.', ['ISR>PSE 190 asserted']],
    // sanctions keep their own code; storms and slumps are no doers
    ['The United States hit Russia with sanctions.', ['USA>RUS 163 asserted'], ['USA>RUS 190 asserted']],
    ['The European Union targeted Russian banks with new sanctions.', ['EU>RUS 163 asserted'], ['EU>RUS 190 asserted']],
    ['The storm hit Cuban ships.', [], ['*']],
  ])
})

describe('a support verb before "N-ing of": the -ing word is the event noun, not a gerund (issue 10 item 3)', () => {
  check([
    ['Russia conducted shelling of Kharkiv.', ['RUS>UKR 194 asserted'], ['RUS>- 194 asserted']],
    ['Russia stepped up shelling of Kharkiv.', ['RUS>UKR 194 asserted'], ['RUS>- 194 asserted']],
    // a verb that takes "of" itself stays a verb
    ['Iran is warning of war with Israel.', ['IRN>ISR 138 asserted']],
  ])
})

describe('sieges, defeats, ramming, relations suspended, missions ordered out (issue 10 items 1, 4)', () => {
  check([
    ['Russian forces surrounded Kyiv.', ['RUS>UKR 191 asserted']],
    ['The Taliban defeated the Afghan army.', ['AFG>AFG 190 asserted']],
    ['Chinese coast guard vessels rammed a Philippine boat.', ['CHN>PHL 170 asserted']],
    ['Nicaragua suspended relations with Ecuador.', ['NIC>ECU 161 asserted']],
    ['Mali ordered the UN mission to leave.', ['MLI>UN 1661 asserted']],
    // a crowd is no army, a team no force
    ["Crowds of Ukrainian refugees surrounded Poland's border posts.", [], ['*']],
    ["France defeated Argentina's team in the final.", [], ['*']],
  ])
})

describe('a go-between effort named by a compound (issue 10 item 3)', () => {
  check([
    ['Egypt undertook a mediation effort between Israel and Hamas.', ['EGY>ISR 045 asserted', 'EGY>PSE 045 asserted']],
    ['Turkey made a peace bid between Russia and Ukraine.', ['TUR>RUS 045 asserted', 'TUR>UKR 045 asserted']],
    // an initiative with one partner is no mediation
    ['India launched a peace initiative with Pakistan.', [], ['IND>PAK 045 asserted']],
  ])
})

describe('water cannon on vessels, towns liberated, bombs and missiles named as doers (issue 10 items 1, 4)', () => {
  check([
    ['The Chinese coast guard targeted Philippine vessels with water cannon.', ['CHN>PHL 170 asserted']],
    ['Turkish police blasted Kurdish protesters with water cannon in Istanbul.', ['TUR>TUR 175 asserted']],
    // a collision at sea is no attack
    ['A Chinese fishing boat was damaged in a collision with a Japanese patrol ship.', [], ['*']],
    ['A Chinese coast guard ship collided with a Philippine supply boat.', [], ['*']],
    ['Ukrainian forces liberated Kherson.', ['UKR>UKR 192 asserted']],
    ['Iraqi forces liberated the city of Mosul from the Islamic State.', ['IRQ>ISIS 192 asserted']],
    // voters and decrees liberate by no arms
    ['Lithuanian voters liberated Lithuania from Soviet rule at the ballot box.', [], ['*']],
    // taken by forces, a site is occupied, not a property seized (171)
    ['Russian troops seized control of the airfield.', ['RUS>- 192 asserted'], ['RUS>- 171 asserted']],
    ['Missiles fired by Russia hit Kharkiv overnight.', ['RUS>UKR 195 asserted']],
    ['Drones launched by Hezbollah struck an Israeli army base.', ['LBN>ISR 195 asserted']],
  ])
})

describe('warplanes near a land, media suspended or raided, trade reprisals, joint drills, arms sales approved (issue 10 items 1, 4)', () => {
  check([
    ['Russian bombers flew near Japan.', ['RUS>JPN 150 asserted']],
    ['Chinese warships sailed around Taiwan.', ['CHN>TWN 150 asserted']],
    // 'waters' flown over are no water sent as aid (073)
    ['Russian warplanes flew over Danish waters.', ['RUS>DNK 150 asserted'], ['RUS>DNK 073 asserted']],
    ['Norwegian tourists flew over Danish waters on a sightseeing trip.', [], ['*']],
    ['Chinese jets flew to Serbia for an air show.', [], ['CHN>SRB 150 asserted']],
    ['Niger suspended French broadcasters.', ['NER>FRA 1721 asserted']],
    ['Police in Hong Kong raided a newspaper.', ['HKG>HKG 1721 asserted'], ['HKG>HKG 190 asserted']],
    ['Iran banned women from football stadiums.', ['IRN>- 172 asserted']],
    ['China retaliated with tariffs on Australian wine.', ['CHN>AUS 163 asserted'], ['CHN>AUS 190 asserted']],
    // a military reprisal keeps its force
    ['Iran retaliated against Israel with missiles.', ['IRN>ISR 190 asserted']],
    ['South Korea lodged its displeasure with Japan.', ['KOR>JPN 110 asserted']],
    ['Egypt and Turkey reopened their embassies.', ['EGY>TUR 054 asserted', 'TUR>EGY 054 asserted']],
    ['Saudi Arabia executed two Bahraini nationals.', ['SAU>BHR 180 asserted']],
    ['Nigeria executed its plan for a new airport.', [], ['*']],
    ['Egypt and Greece conducted joint air drills.', ['EGY>GRC 062 asserted', 'GRC>EGY 062 asserted']],
    // an exercise of one side alone is no cooperation
    ['Russia conducted naval drills in the Baltic Sea.', [], ['RUS>- 062 asserted']],
    ['Washington approved arms sales to Morocco.', ['USA>MAR 062 asserted'], ['USA>MAR 051 asserted']],
    ['Canada authorised the export of weapons to Saudi Arabia.', ['CAN>SAU 062 asserted']],
    ['Brazil wrote off debts owed by Bolivia.', ['BRA>BOL 071 asserted']],
  ])
})
