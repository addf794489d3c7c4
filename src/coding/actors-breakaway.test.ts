import { describe, expect, test } from 'vitest'
import { analyze } from '../run.js'

/**
 * Breakaway regions held by de facto authorities (regions.json heldBy, dated): the state bodies a region owns or has
 * in it are those authorities', coded as separatists of the state the region is folded into (GEOSEP, MDASEP,
 * CYPSEP; Nagorno-Karabakh's as ARMSEP), and so is a people's armed body the sentence places there ("ethnic
 * Armenian troops in Nagorno-Karabakh"). Before the authorities held it, and for civilians or foreign troops placed
 * there, nothing changes. Each row is "source>target root", each side its entity's country and CAMEO actor code.
 */
function coded(text: string, published: string): string[] {
  const side = (ref?: { entity: string; code?: string }) => (ref ? `${ref.entity}/${ref.code ?? ''}` : '-')
  return analyze({ id: 't', text, published, source: { kind: 'text', path: 't' } }).events.map(
    (e) => `${side(e.source)}>${side(e.target)} ${e.cameo.slice(0, 2)}`,
  )
}

describe('a breakaway region’s state bodies are its de facto authorities’', () => {
  test.each([
    ['South Ossetian troops fired at Georgian peacekeepers.', '2008-08-05', 'GEO/GEOSEP>GEO/GEOMIL 19'],
    ['Georgian police detained a South Ossetian official.', '2019-06-01', 'GEO/GEOCOP>GEO/GEOSEP 17'],
    ['The government of Abkhazia accused Tbilisi of provocations.', '2018-03-01', 'GEO/GEOSEP>GEO/GEO 11'],
    ['The Abkhaz authorities detained a Georgian student.', '2016-07-01', 'GEO/GEOSEP>GEO/GEOEDU 17'],
    ['Transnistrian police detained a Moldovan journalist.', '2015-03-01', 'MDA/MDASEP>MDA/MDAMED 17'],
    ['Police in Transnistria detained a Moldovan journalist.', '2019-11-01', 'MDA/MDASEP>MDA/MDAMED 17'],
    ["Transnistria's government criticized Moldova.", '2015-03-01', 'MDA/MDASEP>MDA/MDA 11'],
    ['Police in Northern Cyprus arrested two Britons.', '2017-03-01', 'CYP/CYPSEP>GBR/GBR 17'],
    ['The TRNC accused Cyprus of provocations.', '2017-03-01', 'CYP/CYPSEP>CYP/CYP 11'],
  ])('%s (%s)', (text, published, expected) => {
    expect(coded(text, published)).toContain(expected)
  })

  test.each([
    // before the authorities held the region, its police were the state's
    ['South Ossetian police detained a Georgian citizen.', '1989-11-23', 'GEO/GEOCOP>GEO/GEO 17'],
    ['Transnistrian police detained a Moldovan journalist.', '1990-03-01', 'MDA/MDACOP>MDA/MDAMED 17'],
    // a capital of the state itself is no breakaway region
    ['Police in Nicosia arrested two Britons.', '2017-03-01', 'CYP/CYPCOP>GBR/GBR 17'],
  ])('counter: %s (%s)', (text, published, expected) => {
    expect(coded(text, published)).toContain(expected)
  })

  test('counter: foreign troops placed in the region stay their own country’s', () => {
    const acts = coded('Turkish troops in Northern Cyprus held exercises.', '2017-03-01')
    expect(acts.some((act) => act.startsWith('TUR/TURMIL>'))).toBe(true)
    expect(acts.some((act) => act.startsWith('CYP/CYPSEP>'))).toBe(false)
  })
})

describe('a people’s armed body placed in a held region is the region’s authorities’', () => {
  test.each([
    ['Ethnic Armenian troops in Nagorno-Karabakh shelled Azerbaijani villages.', '2020-10-05', 'ARM/ARMSEP>AZE/AZE 19'],
    ['Ethnic Russian police in Transnistria detained a Moldovan journalist.', '2015-03-01', 'MDA/MDASEP>MDA/MDAMED 17'],
  ])('%s (%s)', (text, published, expected) => {
    expect(coded(text, published)).toContain(expected)
  })

  test.each([
    // after the authorities dissolved, and for the people's civilians
    ['Ethnic Armenian troops in Nagorno-Karabakh shelled Azerbaijani villages.', '2024-03-05', 'ARM/ARMSEP>AZE/AZE 19'],
    [
      'Ethnic Armenian civilians in Nagorno-Karabakh accused Azerbaijan of shelling.',
      '2020-10-05',
      'ARM/ARMSEP>AZE/AZE 11',
    ],
  ])('counter: %s (%s)', (text, published, unexpected) => {
    expect(coded(text, published)).not.toContain(unexpected)
  })
})
