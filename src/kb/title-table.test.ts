import { expect, test } from 'vitest'
import { canonicalTitle, titleTable } from './index.js'

test('issue 9: one title table — a title the recognizer writes is the office the KB compares it as', () => {
  const table = titleTable()
  const offices = new Set(Object.keys(table.offices))
  // "Defense Secretary" is written "Secretary of Defense" by the recognizer: both are the KB's defence minister
  expect(canonicalTitle('Defense Secretary')).toBe('defence minister')
  expect(table.written).toContainEqual(['Defense Secretary', 'Secretary of Defense'])
  for (const [phrase, title] of table.written) {
    if (title && offices.has(canonicalTitle(phrase))) expect(canonicalTitle(title), phrase).toBe(canonicalTitle(phrase))
  }
  // the recognizer's role nouns and the coder's title words come from the same file
  expect(table.roleNouns).toContain('spokesman')
  expect(table.beforeName).toContain('ambassador')
})
