import { expect, test } from 'vitest'
import { docOf } from './document.js'
import { createPipeline, type Stage } from './pipeline.js'

const zones: Stage = {
  name: 'clean',
  needs: [],
  adds: ['zones'],
  run: (doc) => ({ zones: [{ start: 0, end: doc.text.length, kind: 'body' }] }),
}
const sentences: Stage = {
  name: 'segment',
  needs: ['zones'],
  adds: ['sentences'],
  run: (doc, ctx) => {
    ctx.report({ severity: 'info', code: 'segment.note', message: 'one sentence' })
    return { sentences: doc.zones.map(({ start, end }) => ({ start, end })) }
  },
}

test('createPipeline() names the stage and the missing layer when the order is wrong', () => {
  expect(() => createPipeline([sentences, zones])).toThrow('Stage "segment" needs "zones", which no earlier stage adds')
})

test('a pipeline runs stages in order, merges their layers and keeps diagnostics', () => {
  const doc = createPipeline([zones, sentences]).run(docOf('NATO met.'))
  expect(doc.sentences).toEqual([{ start: 0, end: 9 }])
  expect(doc.diagnostics.map((d) => d.code)).toEqual(['segment.note'])
})

test('layers given up front satisfy needs', () => {
  expect(() => createPipeline([sentences], { given: ['zones'] })).not.toThrow()
})

test('a stage returning a layer it did not declare is a bug', () => {
  const rogue: Stage = { name: 'rogue', needs: [], adds: [], run: () => ({ zones: [] }) }
  expect(() => createPipeline([rogue]).run(docOf('x'))).toThrow('undeclared layer "zones"')
})

test('runAll() runs stage by stage over a batch and gives what run() gives each document', () => {
  const order: string[] = []
  const traced = (stage: Stage): Stage => ({
    ...stage,
    run: (doc, ctx) => {
      order.push(`${stage.name}:${doc.text}`)
      return stage.run(doc, ctx)
    },
  })
  const pipeline = createPipeline([traced(zones), traced(sentences)])
  const timing = new Map<string, number>()
  const docs = pipeline.runAll([docOf('A.'), docOf('Bb.')], { timing })
  expect(order).toEqual(['clean:A.', 'clean:Bb.', 'segment:A.', 'segment:Bb.'])
  expect(docs).toEqual([pipeline.run(docOf('A.')), pipeline.run(docOf('Bb.'))])
  expect(docs[1]?.sentences).toEqual([{ start: 0, end: 3 }])
  expect([...timing.keys()]).toEqual(['clean', 'segment'])
})
