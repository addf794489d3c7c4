import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { convertPetrarch, type PetrarchImport } from './import-petrarch.js'
import { readPetrarchVerbs } from './petrarch-verbs.js'
import { cameoInfo } from './tables.js'

/** A small dictionary in PETRARCH-2's format, written for this test: one of each construction the importer meets. */
const SMALL = `
<!-- written for entente's importer test -->
&TESTARMS
+RIFLE
+HOWITZER
+ARMORED_CAR   # two words: no class word
&TESTTALK_
+NEGOTIATION

--- COMMEND   [051]  ---
COMMEND
LAUD   # pas 1/2/03
PRAISE [057]
+SPEAK_HIGHLY   # a verb of two words
UP_+HOLD   # a word before the verb
- * + (FOR &TESTARMS) [072]
- &TESTARMS * +  [190]
- * &TESTTALK (WITH +) [046:046]
- * (WITH +) [:110]
- * INCIDENT [---]
- * WITH % [031]
- * {U.N. MISSION} [0255]
- * (TO/FOR PROTEST) [141]
- * DRILL [999]

--- REBUKE   [---]  ---
REBUKE
- * + [111]
- * + [111]

~ a (a b ATTACK) SAY = a b 015
`

function convert(text: string): PetrarchImport {
  return convertPetrarch(readPetrarchVerbs(text), (code) => cameoInfo(code) !== undefined, 'small.verbs')
}

const small = convert(SMALL)
const patterns = small.entries.map((e) => `${e.pattern} → ${e.code}${e.default ? ' (default)' : ''}`)
const reasons = (result: PetrarchImport) => Object.fromEntries([...result.skipped].map(([k, v]) => [k, v.count]))

test('a block code is the default of its bare verbs, a verb code its own, a multi-word verb an entry', () => {
  expect(patterns).toContain('commend|laud $TARGET? → 051 (default)')
  expect(patterns).toContain('praise $TARGET? → 057 (default)')
  expect(patterns).toContain('speak highly $TARGET? → 051')
  // a block with the null code gives its verbs no default
  expect(patterns.filter((p) => p.startsWith('rebuke'))).toEqual(['rebuke $TARGET → 111'])
})

test('patterns apply to every verb of the block; + is the target, $TARGET? is added when there is none', () => {
  expect(patterns).toContain('commend|laud|praise $TARGET for &PETR_TESTARMS → 072')
  expect(patterns).toContain('speak highly $TARGET for &PETR_TESTARMS → 072')
  expect(patterns).toContain('commend|laud|praise &PETR_TESTTALK with $TARGET → 046')
  expect(patterns).toContain('commend|laud|praise to|for protest $TARGET? → 141')
  expect(small.classes).toEqual({ PETR_TESTARMS: ['rifle', 'howitzer'], PETR_TESTTALK: ['negotiation'] })
})

test('what our language cannot say is reported by reason, with the line', () => {
  expect(reasons(small)).toEqual({
    'synset member of several words (a class holds single words)': 1,
    'multi-word verb with words before the verb': 1,
    'words before the verb (subject constraints)': 1,
    'reverse-direction code only ([:code])': 1,
    'null code (a pattern that blocks coding)': 1,
    'compound actor (%)': 1,
    'word our pattern language cannot read (digits, dots)': 1,
    'code not in the CAMEO table': 1,
    'duplicate pattern': 1,
    'transformation (governing construction)': 1,
  })
  expect(small.skipped.get('compound actor (%)')?.examples).toEqual(['line 21: - * WITH % [031]'])
  expect([...small.approximated.keys()]).toEqual([
    'reverse-direction code dropped ([code:code]): the forward code kept',
  ])
})

test("PETRARCH-2's validation dictionary: read in full, WEIS codes and subject patterns reported, not guessed", () => {
  const file = '../shared/evaldata/petrarch-cameo/petrarch2/PETR.Validate.verbs.txt'
  const result = convert(readFileSync(file, 'utf8'))
  expect(result.read).toEqual({ synsets: 17, blocks: 261, verbs: 269, patterns: 473, transformations: 0 })
  const skipped = reasons(result)
  // the file is built from a KEDS (WEIS-coded) dictionary: codes like [345] are no CAMEO codes
  expect(skipped['verb code: code not in the CAMEO table']).toBe(41)
  expect(skipped['words before the verb (subject constraints)']).toBe(187)
  // an unterminated code is a line of no known kind, named
  expect(result.skipped.get('line of no known kind')?.examples).toEqual(['line 992: - * DIPLXMATIC  ['])
  // every entry written compiles: the loader takes the import as it is
  expect(result.entries.length).toBeGreaterThan(300)
  for (const entry of result.entries) expect(cameoInfo(entry.code), entry.pattern).toBeDefined()
})
