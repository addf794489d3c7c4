import { describe, expect, test } from 'vitest'
import { loadVerbDictionary, type VerbEntry } from './dictionary.js'
import { defaultLexicon, lexiconClass } from '../nlp/syntax/index.js'
import { codedWith } from './test-helpers.js'

/** Light and support verbs with event nouns, and nominal events with a by- or from-phrase (issue 10 item 3). */

function noun(pattern: string, code: string): VerbEntry {
  return { pattern, code, noun: true, example: 'written for this test', expect: { code } }
}

const entries = [
  noun('shelling/NOUN of|on $TARGET', '194'),
  noun('firefight/NOUN with $TARGET', '193'),
  noun('warrant/NOUN for $TARGET', '173'),
  noun('attack/NOUN on $TARGET', '190'),
  noun('sanction/NOUN on|against $TARGET', '163'),
  noun('criticism/NOUN of $TARGET', '111'),
  noun('withdrawal/NOUN from $TARGET', '087'),
  noun('mediation/NOUN between $TARGET', '045'),
  noun('accusation/NOUN against $TARGET', '112'),
  noun('protest/NOUN against $TARGET', '141'),
  { pattern: 'engage with $TARGET', code: '040', example: 'written for this test', expect: { code: '040' } },
]
const dictionary = loadVerbDictionary(entries)

const coded = codedWith({ arrow: '→', then: ['modality'], resources: { dictionary } })

describe('support verbs take the event of the noun heading their object', () => {
  test('carry out / conduct / engage in / issue / undertake + an event noun', () => {
    expect(coded('Armenia conducted heavy shelling of Azerbaijan overnight.')).toEqual(['ARM→AZE 194 asserted'])
    expect(coded('Armenia carried out deadly shelling of Azerbaijan.')).toEqual(['ARM→AZE 194 asserted'])
    expect(coded('India engaged in a firefight with Pakistan.')).toEqual(['IND→PAK 193 asserted'])
    expect(coded('A Turkish court issued an arrest warrant for Putin.')).toEqual(['TUR→RUS 173 asserted'])
    expect(coded('Canada issued new sanctions against Iran.')).toEqual(['CAN→IRN 163 asserted'])
    expect(coded('Greece undertook mediation between Serbia and Albania.')).toEqual([
      'GRC→SRB 045 asserted',
      'GRC→ALB 045 asserted',
    ])
  })

  test('complete / finish + an event noun: the event took place', () => {
    expect(coded('The United States completed the withdrawal of its troops from Afghanistan in August 2021.')).toEqual([
      'USA→AFG 087 asserted',
    ])
    expect(coded('Syria finished the withdrawal of its troops from Lebanon in April 2005.')).toEqual([
      'SYR→LBN 087 asserted',
    ])
  })

  test('level / organize / organise + an event noun', () => {
    expect(coded('Iran leveled accusations of espionage against Britain.')).toEqual(['IRN→GBR 112 asserted'])
    expect(coded('Exiles from Iran organised a protest against Russia in Paris.')).toEqual(['IRN→RUS 141 asserted'])
  })

  test('the event noun heading the object outranks a verb entry that skipped it as a gap', () => {
    expect(coded('India engaged in a firefight with Pakistan.')).toEqual(['IND→PAK 193 asserted'])
    expect(coded('India engaged with Pakistan on trade.')).toEqual(['IND→PAK 040 asserted'])
  })

  test("the verb's modality carries over to the noun's event", () => {
    expect(coded('India will engage in a firefight with Pakistan.')).toEqual(['IND→PAK 1384 intent'])
  })

  test('an event noun that does not head the object is not what the verb did', () => {
    expect(coded('Ukraine gave details of the attack on Russia.')).toEqual([])
    expect(coded('Poland issued a report on the shelling of Ukraine.')).toEqual([])
  })

  test('the verbs are lexicon classes', () => {
    expect([...lexiconClass('SUPPORT_VERBS', defaultLexicon())]).toEqual(
      expect.arrayContaining(['give', 'issue', 'hold', 'engage']),
    )
    expect([...lexiconClass('LIGHT_VERBS', defaultLexicon())]).toEqual(
      expect.arrayContaining(['continue', 'launch', 'step']),
    )
  })
})

describe('nominal events: "N of X by Y", and "from Y" for messages', () => {
  test('a by-phrase names the doer', () => {
    expect(coded('The shelling of Ukraine by Russia was condemned.')).toEqual(['RUS→UKR 194 asserted'])
  })

  test('a from-phrase names the sender of a message, never the doer of a material act', () => {
    expect(coded('Criticism of Israel from Spain grew.')).toEqual(['ESP→ISR 111 asserted'])
    expect(coded('The withdrawal of troops from Syria began.')).toEqual([])
  })
})
