import { describe, expect, test } from 'vitest'
import { docOf, type Doc } from '../../document.js'
import { loadKb } from '../../kb/index.js'
import { assemblePipeline } from '../../pipeline.js'
import { segment } from '../segment/index.js'
import { createRecognize } from './recognize.js'

// the real KB: its people files hold the office holders these sentences name
const pipeline = assemblePipeline([segment, createRecognize({ kb: loadKb() })], { given: ['zones'] })

function run(text: string, published?: string): Doc {
  const zones = [{ start: 0, end: text.length, kind: 'body' as const }]
  return pipeline.run(docOf(text, published ? { published, zones } : { zones }))
}

function roleOf(doc: Doc, name: string) {
  return doc.mentions.find((m) => m.text === name)?.role
}

describe('office holders in documents with and without a date', () => {
  test('with no date, a former holder acts for whom his latest role served: Kofi Annan for the UN', () => {
    expect(roleOf(run('Kofi Annan criticized the blockade.'), 'Kofi Annan')).toMatchObject({
      of: 'UN',
      title: 'Secretary-General',
    })
    expect(roleOf(run('Moussa Koussa met British envoys.'), 'Moussa Koussa')).toMatchObject({ of: 'LBY' })
  })

  test('with a date, the role held that day: Anatoliy Zlenko was foreign minister in 1992, not in 2010', () => {
    expect(roleOf(run('Anatoliy Zlenko met Polish officials.', '1992-06-01'), 'Anatoliy Zlenko')).toMatchObject({
      of: 'UKR',
      title: 'Foreign Minister',
    })
    expect(roleOf(run('Anatoliy Zlenko met Polish officials.', '2010-06-01'), 'Anatoliy Zlenko')).toBeUndefined()
  })
})
