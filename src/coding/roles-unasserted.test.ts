import { describe, expect, test } from 'vitest'
import { checkRoles, codedCases, codedWhole } from './test-helpers.js'

/**
 * Issue 10 (roles and modality: acts demanded, put off or done at home), over the whole pipeline with the real KB.
 * Sentences of our own about real events.
 */

describe('an act a demand tells someone to stop is no event: the demand is coded', () => {
  codedCases([
    // 2022-2024: Beijing's repeated demands over US arms sales to Taiwan
    [
      'China told the United States to stop arming Taiwan.',
      '2024-01-10',
      ['CHN/CHN>USA/USA 10'],
      ['USA/USA>TWN/TWN 07'],
    ],
    [
      'Russia told Kazakhstan to stop selling weapons to Ukraine.',
      '2023-04-01',
      ['RUS/RUS>KAZ/KAZ 10'],
      ['KAZ/KAZ>UKR/UKR 06'],
    ],
    // counter-sentences: an appeal to stop keeps its own code; a stop told as done stays a negated act of its doer
    ['Germany urged Iran to stop arming Russia.', '2022-11-01', ['DEU/DEU>IRN/IRN 02']],
    ['The United States told Israel to stop bombing Gaza.', '2023-12-01', ['USA/USA>ISR/ISR 10']],
  ])
  test('a stop told as done stays the doer’s negated act', () => {
    checkRoles(['The United States stopped arming the Syrian rebels.', ['USA>SYR 07 not asserted'], []])
  })
})

describe('an act postponed, delayed or called off did not happen', () => {
  codedCases([
    // 2024: the Rafah offensive put off for weeks; an offensive called off
    ['Israel postponed its offensive in Rafah.', '2024-03-01', [], ['ISR/ISR>PSE/PSE 19']],
    ['Russia called off its offensive in Kharkiv.', '2024-06-01', [], ['RUS/RUS>UKR/UKR 19']],
    ['Israel deferred its offensive in Rafah.', '2024-03-01', [], ['ISR/ISR>PSE/PSE 19']],
    // counter-sentences: an offensive pressed or widened is one
    ['Israel expanded its offensive in Rafah.', '2024-05-20', ['ISR/ISR>PSE/PSE 19']],
    ['Israel pressed on with its offensive in Rafah.', '2024-05-20', ['ISR/ISR>PSE/PSE 19']],
  ])
  test('an attack postponed is a negated attack', () => {
    // October 2024: the strike on Iran put off for weeks
    checkRoles(['Israel delayed attacking Iran.', ['ISR>IRN 19 not asserted'], ['ISR>IRN 19 asserted']])
  })
})

describe("an unnamed group dealing with a whole state is not that state's own", () => {
  codedCases([
    ['The bank cut ties with Iran.', '2019-05-01', [], ['IRN/IRN>IRN/IRN 16']],
    ['Migrants sent cash home to Honduras.', '2021-06-01', [], ['HND/HND>HND/HND 07']],
    ['Investors pulled out of Russia.', '2022-03-10', [], ['RUS/RUS>RUS/RUS 08']],
    // counter-sentences: an unnamed group acting where it is, or on the state's own agents, acts at home
    ['Students demonstrated in Serbia.', '2024-12-20', ['SRB/SRB>SRB/SRB 14']],
    ['Protesters clashed with Kenyan police.', '2024-06-25', ['KEN/KEN>KEN/KEN 14'], ['KEN/KENCOP>KEN/KEN 14']],
    ['Striking dockers demanded the resignation of the Kenyan port minister.', '2023-06-01', ['KEN/KEN>KEN/KEN 10']],
  ])
})

/** The events of a text as `codedWhole` writes them, without the actor codes: "AFG>AFG 07". */
function entities(text: string, published: string): string[] {
  return codedWhole(text, published).map((e) => e.replace(/\/[A-Z]*/g, ''))
}

describe("cooperation with a place of one's own country is with no one", () => {
  const rows: [text: string, published: string, present: string[], absent: string[]][] = [
    ['The Taliban rebuilt Kabul.', '2023-01-01', [], ['AFG>AFG 07']],
    ['Ukraine rebuilt Kharkiv.', '2024-01-01', [], ['UKR>UKR 07']],
    // counter-sentences: force at home and a visit at home are coded; aid to another country's city is aid
    ['Ukrainian forces shelled Donetsk.', '2023-01-01', ['UKR>UKR 19'], []],
    ['Zelensky visited Kharkiv.', '2023-02-01', ['UKR>UKR 04'], []],
    ['Turkey sent aid to Aleppo.', '2023-02-08', ['TUR>SYR 07'], []],
  ]
  test.each(rows)('%s', (text, published, present, absent) => {
    const events = entities(text, published)
    for (const event of present) expect(events, text).toContain(event)
    for (const event of absent) expect(events, text).not.toContain(event)
  })
})

describe('a city that seats an international court says nothing of whose authorities acted', () => {
  codedCases([
    ['The trial of Serbian generals in The Hague began on Monday.', '2006-07-10', [], ['NLD/NLD>SRB/SRB 17']],
    ['Two Serbian generals were convicted in The Hague.', '2009-02-26', [], ['NLD/NLD>SRB/SRB 11']],
    // counter-sentences: an arrest in the country is its authorities' act
    ['Two Russians were arrested in the Netherlands.', '2018-10-04', ['NLD/NLD>RUS/RUS 17']],
    ['An American journalist was arrested in Russia.', '2023-03-30', ['RUS/RUS>USA/USAMED 17']],
  ])
})
