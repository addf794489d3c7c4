import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { codeEvents } from './code.js'
import { analyze } from '../run.js'
import { compilePattern, loadVerbDictionary, type VerbEntry } from './dictionary.js'
import { lexiconOf, loadLexicon } from '../nlp/syntax/index.js'
import { packageResources, testDoc } from './test-helpers.js'

/** The pattern language of dictionary format 2 (SYNTAX: data/coding/dictionary/README.md), each feature alone. */

const lexicon = lexiconOf({ TEST_ARMS: ['rifle', 'howitzer'], TEST_TALKS: ['talk', 'negotiation'] })

function entry(pattern: string, code: string, extra: Partial<VerbEntry> = {}): VerbEntry {
  return { pattern, code, example: 'written for this test', expect: { code }, ...extra }
}

/** The events of a sentence under a dictionary of the given entries only: "SRC→TGT code rule". */
function coded(text: string, entries: VerbEntry[]): string[] {
  const dictionary = loadVerbDictionary(entries, { lexicon })
  return codeEvents(testDoc(text), { ...packageResources(), dictionary }).map(
    (e) => `${e.source?.entity ?? '-'}→${e.target?.entity ?? '-'} ${e.cameo} ${e.rule}`,
  )
}

/** As `coded`, over the mentions the whole pipeline finds (a described person: "the Iraqi foreign minister"). */
function codedAnalyzed(text: string, entries: VerbEntry[]): string[] {
  const doc = analyze({ id: 't', text, published: '2020-06-01', source: { kind: 'text', path: 't' } })
  const dictionary = loadVerbDictionary(entries, { lexicon })
  return codeEvents(doc, { ...packageResources(), dictionary }).map(
    (e) => `${e.source?.entity ?? '-'}→${e.target?.entity ?? '-'} ${e.cameo} ${e.rule}`,
  )
}

function confidences(text: string, entries: VerbEntry[]): number[] {
  return codeEvents(testDoc(text), { ...packageResources(), dictionary: loadVerbDictionary(entries, { lexicon }) }).map(
    (e) => e.confidence,
  )
}

describe('&CLASS', () => {
  test('stands for every word of the lexicon class, alone or with other words', () => {
    expect(compilePattern('ship &TEST_ARMS|tank to $TARGET', lexicon)[1]).toEqual({
      kind: 'word',
      words: new Set(['rifle', 'howitzer', 'tank']),
      optional: false,
    })
    const entries = [entry('ship &TEST_ARMS to $TARGET', '072')]
    expect(coded('Poland shipped howitzers to Ukraine.', entries)).toEqual(['POL→UKR 072 ship &TEST_ARMS to $TARGET'])
    expect(coded('Poland shipped grain to Ukraine.', entries)).toEqual([])
  })

  test('an unknown class is an error naming it', () => {
    expect(() => compilePattern('ship &NO_SUCH to $TARGET', lexicon)).toThrow(/no lexicon class NO_SUCH/)
  })

  test('a class of fixed phrases is read by the grammar only: a pattern, which matches one word, refuses it', () => {
    const phrases = lexiconOf({ TEST_RECIPROCAL: ['each other'] })
    expect(() => compilePattern('meet &TEST_RECIPROCAL', phrases)).toThrow(/class TEST_RECIPROCAL holds phrases/)
    const dir = mkdtempSync(join(tmpdir(), 'entente-lexicon-'))
    try {
      writeFileSync(join(dir, 'phrases.json'), JSON.stringify({ classes: { TEST_RECIPROCAL: ['each other'] } }))
      expect(loadLexicon(dir).classes.get('TEST_RECIPROCAL')).toEqual(new Set(['each other']))
      writeFileSync(join(dir, 'phrases.json'), JSON.stringify({ classes: { TEST_RECIPROCAL: ['each  other'] } }))
      expect(() => loadLexicon(dir)).toThrow(/one lower-case lemma, or a fixed phrase/)
      // the grammar reads phrases of two words (phraseAt): a longer one would never match, so it is refused
      writeFileSync(join(dir, 'phrases.json'), JSON.stringify({ classes: { TEST_PURPOSE: ['in order to'] } }))
      expect(() => loadLexicon(dir)).toThrow(/a fixed phrase of two/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('the lexicon reads every file of its folder; a class defined in two files is an error naming both', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-lexicon-'))
    try {
      writeFileSync(join(dir, 'arms.json'), JSON.stringify({ classes: { TEST_ARMS: ['rifle'] } }))
      writeFileSync(join(dir, 'talks.json'), JSON.stringify({ classes: { TEST_TALKS: ['talk'] } }))
      expect([...loadLexicon(dir).classes.keys()]).toEqual(['TEST_ARMS', 'TEST_TALKS'])
      writeFileSync(join(dir, 'more.json'), JSON.stringify({ classes: { TEST_ARMS: ['tank'] } }))
      expect(() => loadLexicon(dir)).toThrow('more.json: class TEST_ARMS is also defined in arms.json')
      writeFileSync(join(dir, 'more.json'), JSON.stringify({ classes: { lower: ['tank'] } }))
      expect(() => loadLexicon(dir)).toThrow(/^more\.json: not a lexicon file \(classes/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('/POS', () => {
  test('a word must carry the part of speech it names', () => {
    expect(compilePattern('hold talk|&TEST_TALKS/NOUN with $TARGET', lexicon)[1]).toEqual({
      kind: 'word',
      words: new Set(['talk', 'negotiation']),
      optional: false,
      pos: 'NOUN',
    })
    const noun = [entry('hold talk/NOUN with $TARGET', '043')]
    expect(coded('Japan held talks with China.', noun)).toEqual(['JPN→CHN 043 hold talk/NOUN with $TARGET'])
    const verb = [entry('hold talk/VERB with $TARGET', '043')]
    expect(coded('Japan held talks with China.', verb)).toEqual([])
  })

  test('a head with a part of speech fires only on a token that carries it', () => {
    const entries = [entry('attack/NOUN on $TARGET', '190', { noun: true })]
    expect(coded("Russia's attack on Ukraine was condemned.", entries)).toEqual(['RUS→UKR 190 attack/NOUN on $TARGET'])
    const verbHead = [entry('attack/VERB $TARGET', '190')]
    expect(coded("Russia's attack on Ukraine was condemned.", verbHead)).toEqual([])
    expect(coded('Russia attacked Ukraine.', verbHead)).toEqual(['RUS→UKR 190 attack/VERB $TARGET'])
  })

  test('a tag that is no UD tag is an error', () => {
    expect(() => compilePattern('hold talk/NOUNS', lexicon)).toThrow(
      /"NOUNS" in "talk\/NOUNS" is no part-of-speech tag/,
    )
  })
})

describe('!word exclusions', () => {
  const entries = [entry('call !off|&TEST_TALKS $TARGET', '020'), entry('call off talk', '161')]

  test('the pattern fails when the excluded word stands next', () => {
    expect(coded('Japan called on China.', [entry('call !off on $TARGET', '020')])).toEqual([
      'JPN→CHN 020 call !off on $TARGET',
    ])
    expect(coded('Japan called off the talks with China.', entries)).toEqual(['JPN→CHN 161 call off talk'])
    expect(coded('Japan called off China.', [entries[0]!])).toEqual([])
  })

  test('an exclusion matches nothing itself and cannot be optional', () => {
    expect(compilePattern('call !off $TARGET', lexicon)).toEqual([
      { kind: 'word', words: new Set(['call']), optional: false },
      { kind: 'exclude', words: new Set(['off']) },
      { kind: 'slot', role: 'target' },
    ])
    expect(coded('Japan called China.', [entry('call !off $TARGET', '020')])).toEqual(['JPN→CHN 020 call !off $TARGET'])
    expect(() => compilePattern('call !off? $TARGET', lexicon)).toThrow(/an exclusion cannot be optional/)
  })

  test('an exclusion before the head reads the word right before it ("!trade war")', () => {
    expect(compilePattern('!trade|price war with $TARGET', lexicon)).toEqual([
      { kind: 'word', words: new Set(['war']), optional: false },
      { kind: 'exclude', words: new Set(['trade', 'price']), before: true },
      { kind: 'word', words: new Set(['with']), optional: false },
      { kind: 'slot', role: 'target' },
    ])
    const war = [entry('!trade war with $TARGET', '190', { noun: true })]
    expect(coded("Russia's war with Ukraine went on.", war)).toEqual(['RUS→UKR 190 !trade war with $TARGET'])
    expect(coded("Japan's trade war with China went on.", war)).toEqual([])
  })
})

describe('^word: a word that must stand right before the head', () => {
  test('the pattern fires only when the word stands there ("sexually assaulted", not "assaulted")', () => {
    expect(compilePattern('^sexually assault/VERB $TARGET?', lexicon)).toEqual([
      { kind: 'word', words: new Set(['assault']), optional: false, pos: 'VERB' },
      { kind: 'exclude', words: new Set(['sexually']), before: true, present: true },
      { kind: 'slot', role: 'target', optional: true },
    ])
    const assault = [entry('^sexually assault/VERB $TARGET?', '1821')]
    expect(coded('Russian soldiers sexually assaulted Ukrainian women.', assault)).toEqual([
      'RUS→UKR 1821 ^sexually assault/VERB $TARGET?',
    ])
    expect(coded('Russian soldiers assaulted Ukrainian women.', assault)).toEqual([])
  })

  test('it stands before the head only', () => {
    expect(() => compilePattern('assault ^sexually $TARGET', lexicon)).toThrow(
      /a word before the head\) stands after it/,
    )
  })
})

describe('$TARGET?', () => {
  test('an optional target slot takes an actor when there is one and passes over none', () => {
    expect(compilePattern('resign $TARGET?', lexicon)[1]).toEqual({ kind: 'slot', role: 'target', optional: true })
    const entries = [entry('boycott $TARGET?', '1246')]
    expect(coded('Canada boycotted Russia.', entries)).toEqual(['CAN→RUS 1246 boycott $TARGET?'])
    expect(coded('Canada boycotted the games.', entries)).toEqual(['CAN→- 1246 boycott $TARGET?'])
  })

  test('a slot that took an actor the words after it had to pass over is read again empty', () => {
    // "in Moscow" stands after the object: the slot first takes Moscow, then finds no "protesters" after it
    const entries = [entry('beat $TARGET? protester|protesters', '182')]
    expect(coded('Russian police beat protesters in Moscow.', entries)).toEqual([
      'RUS→RUS 182 beat $TARGET? protester|protesters',
    ])
    expect(coded('Russian police beat Ukrainian protesters.', entries)).toEqual([
      'RUS→UKR 182 beat $TARGET? protester|protesters',
    ])
  })

  test('a required slot with no actor gives no full match', () => {
    expect(coded('Canada boycotted.', [entry('boycott $TARGET', '1246')])).toEqual([])
    expect(coded('Canada boycotted.', [entry('boycott $TARGET?', '1246')])).toEqual(['CAN→- 1246 boycott $TARGET?'])
  })
})

describe('$TARGET:KIND', () => {
  test('a typed slot takes only an actor of its kinds that heads the object', () => {
    expect(compilePattern('leave $TARGET:ORG', lexicon)[1]).toEqual({
      kind: 'slot',
      role: 'target',
      kinds: new Set(['organization']),
    })
    expect(() => compilePattern('leave $TARGET:SHIP', lexicon)).toThrow(/no slot kind SHIP/)
    const entries = [entry('withdraw from $TARGET:LAND', '0874'), entry('withdraw from $TARGET:ORG', '160')]
    expect(coded('Turkey withdrew from northern Syria.', entries)).toEqual(['TUR→SYR 0874 withdraw from $TARGET:LAND'])
    expect(coded('Russia withdrew from the World Health Organization.', entries)).toEqual([
      'RUS→WHO 160 withdraw from $TARGET:ORG',
    ])
    // a noun before the actor (talks) or after it (summit): the actor does not head the object
    expect(coded('Turkey withdrew from talks with Syria.', entries)).toEqual([])
    expect(coded('Turkey withdrew from the NATO summit.', [entry('withdraw from $TARGET:ORG', '160')])).toEqual([])
  })

  test('outweighs a plain slot, and a list keeps only the actors of its kinds', () => {
    const entries = [entry('evacuate $TARGET as?', '073'), entry('evacuate $TARGET:LAND', '0874')]
    expect(coded('Israel evacuated southern Lebanon.', entries)).toEqual(['ISR→LBN 0874 evacuate $TARGET:LAND'])
    expect(coded('Poland evacuated Ukrainian children.', entries)).toEqual(['POL→UKR 073 evacuate $TARGET as?'])
    expect(coded('Qatar left ASEAN and Japan.', [entry('leave $TARGET:ORG', '160')])).toEqual([
      'QAT→ASEAN 160 leave $TARGET:ORG',
    ])
  })

  test('a described person ("the Iraqi foreign minister") is a person to every typed slot: no land, in a list or alone', () => {
    const entries = [entry('evacuate $TARGET as?', '073'), entry('evacuate $TARGET:LAND', '0874')]
    expect(codedAnalyzed('Russia evacuated Syria and the Iraqi foreign minister.', entries)).toEqual([
      'RUS→SYR 0874 evacuate $TARGET:LAND',
    ])
    expect(codedAnalyzed('Russia evacuated the Iraqi foreign minister.', entries)).toEqual([
      'RUS→IRQ 073 evacuate $TARGET as?',
    ])
    expect(codedAnalyzed('Mali freed the Iraqi defence minister.', [entry('free $TARGET:PERSON', '0841')])).toEqual([
      'MLI→IRQ 0841 free $TARGET:PERSON',
    ])
  })
})

describe('priority', () => {
  // without priority the longer pattern wins
  const first = entry('accuse $TARGET of', '112')
  const second = entry('accuse $TARGET of? war', '1122')

  test('entries of a head are tried by priority, then by length', () => {
    const a = entry('accuse $TARGET', '112')
    const b = entry('accuse $TARGET before', '111')
    expect(coded('Iran accused Israel before the council.', [a, b])).toEqual(['IRN→ISR 111 accuse $TARGET before'])
    expect(coded('Iran accused Israel before the council.', [{ ...a, priority: 1 }, b])).toEqual([
      'IRN→ISR 112 accuse $TARGET',
    ])
    expect(coded('Iran accused Israel of war crimes.', [first, second])).toEqual([
      'IRN→ISR 1122 accuse $TARGET of? war',
    ])
    expect(coded('Iran accused Israel of war crimes.', [{ ...first, priority: 1 }, second])).toEqual([
      'IRN→ISR 112 accuse $TARGET of',
    ])
  })
})

describe('default entries', () => {
  const attack = entry('attack $TARGET?', '190', { default: true })
  const airstrike = entry('attack $TARGET with drone', '195')

  test("a head's default fires only when no other entry of the head matches at the token", () => {
    expect(coded('Russia attacked Ukraine with drones.', [attack, airstrike])).toEqual([
      'RUS→UKR 195 attack $TARGET with drone',
    ])
    expect(coded('Russia attacked Ukraine at dawn.', [attack, airstrike])).toEqual(['RUS→UKR 190 attack $TARGET?'])
  })

  test('with a required target, fires only when the verb acts on an actor', () => {
    const repel = entry('repel !barnacle $TARGET', '190', { default: true })
    expect(coded('Ukraine repelled Russian units near Avdiivka.', [repel])).toEqual([
      'UKR→RUS 190 repel !barnacle $TARGET',
    ])
    expect(coded('Ukraine repelled the attack near the border with Russia.', [repel])).toEqual([])
    expect(coded('Ukraine said its paint repels barnacles near Russia.', [repel])).toEqual([])
  })

  test('is coded less surely than the same pattern as an ordinary entry', () => {
    const plain = confidences('Russia attacked Ukraine at dawn.', [{ ...attack, default: false }])
    const fallback = confidences('Russia attacked Ukraine at dawn.', [attack])
    expect(fallback).toHaveLength(1)
    expect(fallback[0]).toBeCloseTo((plain[0] ?? 0) - 0.1, 6)
  })

  test("a default's target is what the verb acts on: its object or an actor after its preposition", () => {
    const protest = entry('protest against? $TARGET?', '140', { default: true })
    expect(coded('Iran protested against France.', [protest])).toEqual(['IRN→FRA 140 protest against? $TARGET?'])
    // an actor later in the sentence is not what the verb acts on
    const ordinary = entry('attack', '190')
    const text = 'Russia attacked the convoy near the border with China.'
    expect(coded(text, [ordinary])).toEqual(['RUS→CHN 190 attack'])
    expect(coded(text, [attack])).toEqual(['RUS→- 190 attack $TARGET?'])
  })

  test('a default has the shape head, optional preposition, target; one per head and part of speech', () => {
    expect(() => loadVerbDictionary([entry('attack $TARGET at dawn', '190', { default: true })], { lexicon })).toThrow(
      /a default is the head alone/,
    )
    expect(() => loadVerbDictionary([entry('attack on $TARGET', '190', { default: true })], { lexicon })).toThrow(
      /a default is the head alone/,
    )
    // a required target, and exclusions, which match nothing themselves
    expect(() =>
      loadVerbDictionary([entry('repel !barnacle !insect against? $TARGET', '190', { default: true })], { lexicon }),
    ).not.toThrow()
    expect(() => loadVerbDictionary([entry('attack with drone', '195', { default: true })], { lexicon })).toThrow(
      /a default is the head alone/,
    )
    expect(() =>
      loadVerbDictionary([attack, entry('attack on? $TARGET?', '193', { default: true })], { lexicon }),
    ).toThrow(/a second default for attack\/VERB/)
    expect(() =>
      loadVerbDictionary([attack, entry('attack/NOUN on? $TARGET?', '190', { default: true, noun: true })], {
        lexicon,
      }),
    ).not.toThrow()
  })
})

describe('(phrase|phrase) groups', () => {
  test('compile to phrase alternatives, each a list of words; "(…)?" is optional', () => {
    const [, group, optional] = compilePattern('put (more pressure|the squeeze) (in return)? on $TARGET', lexicon)
    expect(group).toEqual({
      kind: 'group',
      optional: false,
      alternatives: [
        [
          { kind: 'word', words: new Set(['more']), optional: false },
          { kind: 'word', words: new Set(['pressure']), optional: false },
        ],
        [
          { kind: 'word', words: new Set(['the']), optional: false },
          { kind: 'word', words: new Set(['squeeze']), optional: false },
        ],
      ],
    })
    expect(optional).toMatchObject({ kind: 'group', optional: true })
  })

  test('match any of their phrases, and nothing else', () => {
    const entries = [entry('step (up pressure|up its campaign) on $TARGET', '130')]
    expect(coded('Britain stepped up pressure on Iran.', entries)).toEqual([
      'GBR→IRN 130 step (up pressure|up its campaign) on $TARGET',
    ])
    expect(coded('Britain stepped up its campaign on Iran.', entries)).toHaveLength(1)
    expect(coded('Britain stepped up patrols on Iran.', entries)).toEqual([])
  })

  test('an optional group may be absent; a required one may not', () => {
    const entries = [entry('cut (diplomatic ties|trade links)? with $TARGET', '160')]
    expect(coded('Kenya cut trade links with Libya.', entries)).toEqual([
      'KEN→LBY 160 cut (diplomatic ties|trade links)? with $TARGET',
    ])
    expect(coded('Kenya cut with Libya.', entries)).toHaveLength(1)
  })

  test('a bad group is an error naming it', () => {
    expect(() => compilePattern('put (pressure|(lean)) on $TARGET', lexicon)).toThrow(/parentheses/)
    expect(() => compilePattern('put (pressure on $TARGET', lexicon)).toThrow(/parentheses/)
    expect(() => compilePattern('put ($TARGET|pressure) on', lexicon)).toThrow(/cannot read/)
    expect(() => compilePattern('(put pressure) on $TARGET', lexicon)).toThrow(/must start with a word/)
  })
})
