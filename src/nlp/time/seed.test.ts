import { existsSync, readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { docOf } from '../../document.js'
import { resolveTimes } from './resolve-times.js'

const SEED = '/work/shared/eval/seed/gold.json'

interface GoldTime {
  start: number
  end: number
  text: string
  value: string
}

test.skipIf(!existsSync(SEED))('every gold time of the seed article is found with its value', () => {
  const gold = JSON.parse(readFileSync(SEED, 'utf8')) as { text_file: string; published: string; times: GoldTime[] }
  const text = readFileSync(new URL(gold.text_file, `file://${SEED}`), 'utf8')
  const doc = docOf(text, { published: gold.published, zones: [{ start: 0, end: text.length, kind: 'body' }] })
  const { times = [] } = resolveTimes.run(doc, { report: () => {} })
  for (const expected of gold.times) {
    const found = times.find((t) => t.start < expected.end && expected.start < t.end)
    expect(found, `${expected.text} at ${expected.start}`).toMatchObject({ text: expected.text, value: expected.value })
  }
})
