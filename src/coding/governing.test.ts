import { describe, expect, test } from 'vitest'
import { GOVERNED_FORMS, readRequests, type GovernedForm } from './governing.js'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultLexicon, GRAMMAR_CLASSES, LEXICON_DIR, lexiconClass } from '../nlp/syntax/index.js'
import { cameoCodes, cameoInfo, loadCodeTables } from './tables.js'
import { codedWith } from './test-helpers.js'

/** "SRC→TGT code modality" of every event of a sentence, with the shipped dictionary. */
const coded = codedWith({ arrow: '→', then: ['modality', 'not'] })

const ROOT_OF: Record<GovernedForm, string> = {
  intent: '03',
  threat: '13',
  refusal: '12',
  demand: '10',
  appeal: '02',
  preparation: '15',
  pledge: '03',
  // an act tried is coded as what was done in trying it, in the act's own root ("tried to seize" 192 → 190)
  attempt: 'own',
}
/**
 * Forms only a few codes take (force prepared: 18, 19, 20; forces pledged: 154; acts tried: 186, 192); the others are
 * listed on many.
 */
const FEW_LISTED: Partial<Record<GovernedForm, number>> = { preparation: 3, pledge: 1, attempt: 2 }

describe('governed forms (cameo.json) and request constructions (requests.json)', () => {
  test("each form of a code is a code of the form's own root", () => {
    for (const form of GOVERNED_FORMS) {
      const listed = cameoCodes().filter((info) => info.forms?.[form])
      if (FEW_LISTED[form]) expect(listed.length, form).toBe(FEW_LISTED[form])
      else expect(listed.length, form).toBeGreaterThan(10)
      for (const info of listed) {
        const to = info.forms?.[form] ?? ''
        expect(cameoInfo(to), `${form} ${info.code} → ${to}`).toBeDefined()
        const root = ROOT_OF[form] === 'own' ? info.code.slice(0, 2) : ROOT_OF[form]
        expect(to.slice(0, 2), `${form} ${info.code} → ${to}`).toBe(root)
      }
    }
  })

  test('a code without a form of its own takes that of the nearest code above it', () => {
    const tables = loadCodeTables()
    // 0831 and 083 list their own intent forms; 042 (a visit) none, so it takes that of 04
    expect(cameoInfo('042')?.forms).toBeUndefined()
    expect(tables.governed('intent', '0831')).toBe('0341')
    expect(tables.governed('intent', '083')).toBe('034')
    expect(tables.governed('intent', '042')).toBe('036')
    // no threat form for cooperation
    expect(tables.governed('threat', '042')).toBeUndefined()
  })

  test('a bad request file is named with its problem', () => {
    expect(readRequests({ version: 'entente requests 1', entries: [] })).toEqual([])
    expect(() => readRequests({ version: 'entente requests 1' })).toThrow(/^requests\.json: entries/)
  })

  describe('every request construction codes its example as it expects', () => {
    for (const { entry } of loadCodeTables().requests().entries) {
      test(`${entry.pattern}: ${entry.example}`, () => {
        const want = `${entry.expect.source}→${entry.expect.target} ${entry.expect.code} asserted`
        expect(coded(entry.example)).toContain(want)
      })
    }
  })

  test('the word lists the grammar reads are lexicon classes', () => {
    for (const name of ['GOVERNING_VERBS', 'INTENT_WORDS', 'THREAT_VERBS', 'REFUSING_VERBS', 'APPEAL_VERBS'])
      expect(lexiconClass(name, defaultLexicon()).size, name).toBeGreaterThan(2)
    expect(() => lexiconClass('NO_SUCH_CLASS', defaultLexicon())).toThrow(/Lexicon class NO_SUCH_CLASS is not defined/)
  })
})

describe('governing constructions: the governed action decides the sub-code', () => {
  test('agree / offer / be ready / be willing / pledge / promise / plan / intend to V → the 03x of V', () => {
    expect(coded('Japan offered to send aid to Turkey.')).toEqual(['JPN→TUR 033 intent'])
    expect(coded('Germany promised to provide weapons to Ukraine.')).toEqual(['DEU→UKR 0332 intent'])
    expect(coded('Turkey is willing to negotiate with Greece.')).toEqual(['TUR→GRC 036 intent'])
    expect(coded('China said it was ready to hold talks with India.')).toEqual(['CHN→IND 036 intent'])
    expect(coded('Egypt agreed to mediate between Israel and Lebanon.')).toEqual([
      'EGY→ISR 039 intent',
      'EGY→LBN 039 intent',
    ])
    // "keen / eager / determined to" state an intention as "ready / willing to" do
    expect(coded('India is keen to sign a defence pact with France.')).toEqual(['IND→FRA 0312 intent'])
    expect(coded('Egypt is eager to meet with Ethiopia on the dam.')).toEqual(['EGY→ETH 036 intent'])
    expect(coded('Japan said it was eager to resume talks with North Korea.')).toEqual(['JPN→PRK 036 intent'])
    expect(coded('Brazil was keen to mediate between Armenia and Azerbaijan.')).toEqual([
      'BRA→ARM 039 intent',
      'BRA→AZE 039 intent',
    ])
    expect(coded('Turkey is determined to restore ties with Egypt.')).toEqual(['TUR→EGY 032 intent'])
    // the same words not before an infinitive change nothing
    expect(coded('The determined Ukrainian army attacked Russian positions.')).toEqual(['UKR→RUS 190 asserted'])
    // the tagger reads "plans" after a name as a noun; it still governs the action
    expect(coded('Russia plans to withdraw troops from Syria.')).toEqual(['RUS→SYR 0356 intent'])
  })

  test('want / urge / call on / press / ask X to V → the 02x of V; demand or order X to V → the 10x', () => {
    expect(coded('The United States wants Iran to release the prisoners.')).toEqual(['USA→IRN 0253 asserted'])
    expect(coded('France urged Russia to withdraw its troops from Ukraine.')).toEqual(['FRA→RUS 0256 asserted'])
    expect(coded('Japan called on China to release the prisoners.')).toEqual(['JPN→CHN 0253 asserted'])
    expect(coded('Egypt encouraged Sudan to hold talks with the rebels.')).toEqual(['EGY→SDN 026 asserted'])
    expect(coded('Kenya pleaded with Ethiopia to withdraw its troops from the border.')).toEqual([
      'KEN→ETH 0256 asserted',
    ])
    expect(coded('Russia ordered Ukraine to withdraw its troops from the border.')).toEqual(['RUS→UKR 1056 asserted'])
  })

  test('a request verb with no coded action after its object is no event', () => {
    expect(coded('The United States wants Iran to be calm.')).toEqual([])
    expect(coded('Egypt encouraged Sudan.')).toEqual([])
  })

  test('stopping the use of force de-escalates (087); agreed to stop, refused to stop → 0356, 1246', () => {
    expect(coded('Georgia stopped shelling Armenia.')).toEqual(['GEO→ARM 087 asserted'])
    expect(coded('Russia agreed to stop bombing Ukraine.')).toEqual(['RUS→UKR 0356 intent'])
    expect(coded('Turkey refused to stop bombing Syria.')).toEqual(['TUR→SYR 1246 asserted'])
    // both sides stop: each toward the other
    expect(coded('India and Pakistan agreed to stop firing.')).toEqual(['IND→PAK 0356 intent', 'PAK→IND 0356 intent'])
    // not a negated attack
    expect(coded('Israel stopped shelling Lebanon.')).not.toContain('ISR→LBN 194 asserted not')
  })

  test('refuse / decline to V → the 12x of V', () => {
    expect(coded('India refused to sign the trade pact with China.')).toEqual(['IND→CHN 127 asserted'])
    expect(coded('Syria declined to hold talks with Turkey.')).toEqual(['SYR→TUR 125 asserted'])
  })

  test('threaten to V and "warned (that) it would V" → the 13x of V', () => {
    expect(coded('China threatened to impose sanctions on Japan.')).toEqual(['CHN→JPN 1312 intent'])
    expect(coded('China warned it would impose sanctions on Australia.')).toEqual(['CHN→AUS 1312 intent'])
    // said, not warned: a stated intention
    expect(coded('China said it would hold talks with Australia.')).toEqual(['CHN→AUS 036 intent'])
  })

  test('"said X must V" → the 10x of V, made by the sayer', () => {
    expect(coded('Britain said Iran must release the tanker.')).toEqual(['GBR→IRN 1053 asserted'])
  })

  test('every class of the lexicon is read: by a pattern of the dictionary or requests, or by the grammar', () => {
    const dir = join(LEXICON_DIR, '..')
    const files = [
      ...readdirSync(join(dir, 'dictionary')).map((name) => join(dir, 'dictionary', name)),
      join(dir, 'requests.json'),
    ]
    const named = new Set(
      files
        .filter((f) => f.endsWith('.json'))
        .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/&([A-Z][A-Z0-9_]*)/g)].map((m) => m[1])),
    )
    const grammar = new Set<string>(GRAMMAR_CLASSES)
    const unread = [...defaultLexicon().classes.keys()].filter((name) => !named.has(name) && !grammar.has(name))
    expect(unread).toEqual([])
  })
})
