import { afterEach, expect, test, vi } from 'vitest'
import { docOf, type Doc, type Mention } from '../../document.js'
import { assemblePipeline } from '../../pipeline.js'
import { segment } from '../segment/index.js'
import { defaultLexicon } from '../syntax/index.js'
import { createCoref } from './coref.js'
import { fakeKb } from './fake-kb.js'
import { createRecognize } from './recognize.js'

const kb = fakeKb()
const recognized = assemblePipeline([segment, createRecognize({ kb, lexicon: defaultLexicon() })], { given: ['zones'] })

/** A surname of our own per paragraph: "Lindab", "Lindac", … */
function surname(k: number): string {
  return 'Lind' + [...k.toString(10).padStart(3, '0')].map((digit) => 'abcdefghij'.charAt(Number(digit))).join('')
}

/**
 * Paragraphs whose references find nothing near (a surname never named in full, an alliance and a minister never
 * named): a look-up that scans back reads every earlier mention.
 */
function longText(paragraphs: number): string {
  const paragraph = (k: number) =>
    `Japan met Finland in Brussels. ${surname(k)} said the alliance and the minister had not been told.`
  return Array.from({ length: paragraphs }, (_, k) => paragraph(k)).join('\n\n')
}

function docOfText(text: string): Doc {
  return docOf(text, { published: '2023-04-05', zones: [{ start: 0, end: text.length, kind: 'body' }] })
}

/** The mentions, each behind a proxy that counts how often a property of any of them is read. */
function counted(mentions: readonly Mention[]): { mentions: Mention[]; reads: () => number } {
  let reads = 0
  const handler: ProxyHandler<Mention> = {
    get(target, key, receiver) {
      reads++
      return Reflect.get(target, key, receiver) as unknown
    },
  }
  return { mentions: mentions.map((m) => new Proxy(m, handler)), reads: () => reads }
}

afterEach(() => vi.restoreAllMocks())

test('issue 14: coreference reads each earlier mention a bounded number of times, not once per later reference', () => {
  const doc = recognized.run(docOfText(longText(300)))
  const { mentions, reads } = counted(doc.mentions)
  const result = createCoref({ kb, lexicon: defaultLexicon() }).run({ ...doc, mentions }, { report: () => undefined })
  expect(result.mentions).toHaveLength(doc.mentions.length)
  // a scan back over every earlier mention for each unresolved "the alliance" reads about n²/2 properties
  expect(reads() / mentions.length).toBeLessThan(40)
})

test('issue 14: recognition finds the person a lone surname shortens without a scan over every earlier mention', () => {
  const seen = { elements: 0 }
  const findLast = Array.prototype.findLast
  vi.spyOn(Array.prototype, 'findLast').mockImplementation(function <T>(
    this: T[],
    test: (value: T, index: number, array: T[]) => unknown,
  ) {
    return findLast.call(this, (value: T, index: number, array: T[]) => {
      seen.elements++
      return test(value, index, array)
    })
  })
  const doc = recognized.run(docOfText(longText(300)))
  expect(doc.mentions.filter((m) => m.text.startsWith('Lind') && m.type === 'PERSON')).toHaveLength(300)
  expect(seen.elements / doc.mentions.length).toBeLessThan(20)
})
