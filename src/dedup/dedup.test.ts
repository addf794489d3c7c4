import { describe, expect, test } from 'vitest'
import { containment, datesCompatible, estimateJaccard, isNearDuplicate, jaccard, sameHappening } from './index.js'
import {
  bandKeys,
  parseSignature,
  shingles,
  signature,
  signatureText,
  sketch,
  sketchSeed,
  sketchWith,
} from './index.js'

const ORIGINAL =
  'Japanese Foreign Minister Yoshimasa Hayashi met NATO Secretary General Jens Stoltenberg in Brussels on Tuesday. ' +
  'The two discussed security in the Indo-Pacific and the war in Ukraine, and agreed to deepen cooperation on cyber ' +
  'defence, maritime security and emerging technologies. Hayashi said Japan would open a liaison office in Tokyo.'

/** A syndicated copy: new dateline and a footer, one word changed. */
const COPY = `BRUSSELS (Wire) - ${ORIGINAL.replace('Tuesday', 'Tuesday,')} Reporting by Ana Ruiz; editing by Tom Lee.`

const UNRELATED =
  'Brazil and Argentina signed a trade agreement in Buenos Aires on Friday, cutting tariffs on cars and steel. ' +
  'The presidents of both countries said the deal would lift exports and create jobs on both sides of the border.'

describe('shingles and similarity', () => {
  test('shingles are 3-word, case- and punctuation-blind', () => {
    expect([...shingles('The cat, the CAT sat.')]).toEqual(['the cat the', 'cat the cat', 'the cat sat'])
  })
  test('jaccard and containment', () => {
    const a = new Set(['a', 'b', 'c', 'd'])
    const b = new Set(['a', 'b'])
    expect(jaccard(a, b)).toBe(0.5)
    expect(containment(a, b)).toBe(1)
    expect(jaccard(new Set(), new Set())).toBe(0)
  })
})

describe('MinHash + LSH', () => {
  test('signatures estimate Jaccard within 0.15', () => {
    const a = shingles(ORIGINAL)
    const b = shingles(COPY)
    expect(Math.abs(estimateJaccard(signature(a), signature(b)) - jaccard(a, b))).toBeLessThan(0.15)
  })
  test('identical texts share every band; unrelated texts share none', () => {
    const original = bandKeys(signature(shingles(ORIGINAL)))
    expect(original).toHaveLength(32)
    expect(bandKeys(signature(shingles(ORIGINAL)))).toEqual(original)
    const unrelated = bandKeys(signature(shingles(UNRELATED)))
    expect(original.filter((key, i) => unrelated[i] === key)).toHaveLength(0)
  })
  test('a syndicated copy shares at least one band and is confirmed', () => {
    const a = sketch(ORIGINAL)
    const b = sketch(COPY)
    expect(a.bands.some((key, i) => b.bands[i] === key)).toBe(true)
    expect(isNearDuplicate(a.shingles, b.shingles)).toBe(true)
  })
  test('a stored signature reads back exactly; a text that is not one reads as none', () => {
    const sig = signature(shingles(ORIGINAL))
    const text = signatureText(sig)
    expect(parseSignature(text)).toEqual(sig)
    expect(parseSignature(text.slice(1))).toBeUndefined()
    expect(parseSignature(`${text.slice(0, 100)}g${text.slice(101)}`)).toBeUndefined()
    expect(parseSignature(text.toUpperCase())).toBeUndefined()
    expect(parseSignature('f'.repeat(1024))?.[127]).toBe(0xffffffff)
  })

  test('issue 13: a sketch made from its seed is the sketch made from the text', () => {
    for (const text of [ORIGINAL, COPY, 'too short']) {
      const made = sketch(text)
      const seeded = sketchWith(text, sketchSeed(text))
      expect(seeded.bands).toEqual(made.bands)
      expect(seeded.signature).toEqual(made.signature)
      expect(seeded.size).toBe(made.size)
      expect([...seeded.shingles]).toEqual([...made.shingles])
    }
  })
  test("issue 13: a seed made from another text is not used (the sketch is the text's own)", () => {
    const seeded = sketchWith(COPY, sketchSeed(ORIGINAL))
    expect(seeded.bands).toEqual(sketch(COPY).bands)
    expect(seeded.size).toBe(shingles(COPY).size)
    // a seed whose signature is not one (cut short on its way) is not used either
    const seed = sketchSeed(ORIGINAL)
    const cut = { ...seed, signature: seed.signature?.subarray(0, 64) as Uint32Array }
    expect(sketchWith(ORIGINAL, cut).signature).toEqual(sketch(ORIGINAL).signature)
  })
  test('an unrelated text and a short one are not near-duplicates', () => {
    expect(isNearDuplicate(shingles(ORIGINAL), shingles(UNRELATED))).toBe(false)
    expect(isNearDuplicate(shingles('Japan met NATO'), shingles('Japan met NATO'))).toBe(false)
    expect(sketch('too short').bands).toEqual([])
  })
  test('a text contained in a longer one (≥ 90%) is a near-duplicate', () => {
    const longer = `${ORIGINAL} ${UNRELATED}`
    expect(jaccard(shingles(ORIGINAL), shingles(longer))).toBeLessThan(0.8)
    expect(isNearDuplicate(shingles(ORIGINAL), shingles(longer))).toBe(true)
  })
})

describe('cluster rule', () => {
  const CASES: [a: string, b: string, same: boolean][] = [
    ['2023-04-04', '2023-04-05', true],
    ['2023-04-04', '2023-04-06', false],
    ['2023-03-31', '2023-04-01', true],
    ['2023-04', '2023-04-20', true],
    ['2023-04', '2023-05-01', false],
    ['2023', '2023-12-31', true],
    ['2023-04-04T10:00', '2023-04-05', true],
  ]
  for (const [a, b, same] of CASES) {
    test(`${a} and ${b} are ${same ? '' : 'not '}compatible`, () => expect(datesCompatible(a, b)).toBe(same))
  }
  const base = { source: 'JPN', target: 'NATO', root: '04', negated: false, date: '2023-04-04' }
  test('source, target, root and negation must match; undated never clusters', () => {
    expect(sameHappening(base, { ...base, date: '2023-04-05' })).toBe(true)
    expect(sameHappening(base, { ...base, target: 'USA' })).toBe(false)
    expect(sameHappening(base, { ...base, root: '05' })).toBe(false)
    expect(sameHappening(base, { ...base, negated: true })).toBe(false)
    expect(sameHappening({ ...base, date: null }, { ...base, date: null })).toBe(false)
  })
})

describe('syndicated copies', () => {
  const original =
    'Finland formally joined NATO on Tuesday, ending decades of military non-alignment and doubling the ' +
    "alliance's land border with Russia. The foreign minister handed the accession papers to the US secretary " +
    'of state at the headquarters in Brussels, where the Finnish flag was raised beside those of the other ' +
    'allies. The secretary general called it a historic day and said Finland would be safer. Moscow condemned ' +
    'the move and said it would take counter-measures. Sweden, which applied at the same time, is still waiting.'
  const copy = original
    .replace('The secretary general called it a historic day and said Finland would be safer. ', '')
    .replace('ending decades of', 'ending many decades of')
  const other =
    'Finland became the 31st member of NATO on Tuesday in a ceremony in Brussels. Russia warned of a response, ' +
    'while officials in Helsinki said the country would host allied exercises next year and buy more air defences.'

  test('a lightly edited and trimmed copy is a near-duplicate', () => {
    expect(isNearDuplicate(shingles(original), shingles(copy))).toBe(true)
  })

  test('another report of the same event is not', () => {
    expect(isNearDuplicate(shingles(original), shingles(other))).toBe(false)
  })
})
