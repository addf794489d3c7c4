import { expect, test } from 'vitest'
import { docOf } from '../../document.js'
import { foldForWink } from './fold.js'
import { segment } from './segment.js'

function wordsOf(text: string): string[] {
  const doc = docOf(text, { zones: [{ start: 0, end: text.length, kind: 'body' }] })
  const { tokens = [] } = segment.run(doc, { report: () => {} })
  return tokens.map((t) => text.slice(t.start, t.end))
}

// names written with letters of Latin Extended-A, -B and Additional, which wink splits a word at
const WHOLE: [text: string, name: string][] = [
  ['Milošević rejected the peace plan.', 'Milošević'],
  ['Prime Minister Erdoğan flew to Baku.', 'Erdoğan'],
  ['Koštunica met the envoy in Belgrade.', 'Koštunica'],
  ['President Băsescu spoke in Bucharest.', 'Băsescu'],
  ['Nguyễn Tấn Dũng arrived in Hanoi.', 'Dũng'],
  ['Wałęsa addressed the shipyard workers.', 'Wałęsa'],
]

for (const [text, name] of WHOLE) {
  test(`"${name}" is one token, read as written, in ${JSON.stringify(text)}`, () => {
    expect(wordsOf(text)).toContain(name)
  })
}

test('the folded text has the same length and offsets; Latin-1 letters and other scripts are kept', () => {
  for (const text of ['Đukanović and Tuđman', 'Chávez in Bogotá', 'Москва and Αθήνα', 'Şahin İnönü']) {
    expect(foldForWink(text)).toHaveLength(text.length)
  }
  expect(foldForWink('Milošević, Đukanović, Erdoğan, Łódź')).toBe('Milosevic, Dukanovic, Erdogan, Lódz')
  expect(foldForWink('Chávez in Bogotá, Москва')).toBe('Chávez in Bogotá, Москва')
})
