import { expect, test } from 'vitest'
import { docOf } from './document.js'
import { assemblePipeline, type Stage } from './pipeline.js'

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

test('assemblePipeline() names the stage and the missing layer when the order is wrong', () => {
  expect(() => assemblePipeline([sentences, zones])).toThrow(
    'Stage "segment" needs "zones", which no earlier stage adds',
  )
})

test('a pipeline runs stages in order, merges their layers and keeps diagnostics', () => {
  const doc = assemblePipeline([zones, sentences]).run(docOf('NATO met.'))
  expect(doc.sentences).toEqual([{ start: 0, end: 9 }])
  expect(doc.diagnostics.map((d) => d.code)).toEqual(['segment.note'])
})

test('layers given up front satisfy needs', () => {
  expect(() => assemblePipeline([sentences], { given: ['zones'] })).not.toThrow()
})

test('a stage returning a layer it did not declare is a bug', () => {
  const rogue: Stage = { name: 'rogue', needs: [], adds: [], run: () => ({ zones: [] }) }
  expect(() => assemblePipeline([rogue]).run(docOf('x'))).toThrow('undeclared layer "zones"')
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
  const pipeline = assemblePipeline([traced(zones), traced(sentences)])
  const timing = new Map<string, number>()
  const docs = pipeline.runAll([docOf('A.'), docOf('Bb.')], { timing })
  expect(order).toEqual(['clean:A.', 'clean:Bb.', 'segment:A.', 'segment:Bb.'])
  expect(docs).toEqual([pipeline.run(docOf('A.')), pipeline.run(docOf('Bb.'))])
  expect(docs[1]?.sentences).toEqual([{ start: 0, end: 3 }])
  expect([...timing.keys()]).toEqual(['clean', 'segment'])
})

test('two stages adding one layer is refused when the pipeline is built', () => {
  const again: Stage = { ...zones, name: 'reclean' }
  expect(() => assemblePipeline([zones, again])).toThrow(
    'Stage "reclean" adds "zones", which stage "clean" already adds',
  )
})

test('an annotating stage may add fields to items but not change which items there are', () => {
  const tag: Stage = {
    name: 'tag',
    needs: ['sentences'],
    annotates: ['sentences'],
    adds: [],
    run: (doc) => ({ sentences: doc.sentences.map((s) => ({ ...s, tagged: true })) }),
  }
  const drop: Stage = { ...tag, name: 'drop', run: () => ({ sentences: [] }) }
  expect(assemblePipeline([zones, sentences, tag]).run(docOf('NATO met.')).sentences).toEqual([
    { start: 0, end: 9, tagged: true },
  ])
  expect(() => assemblePipeline([zones, sentences, drop]).run(docOf('NATO met.'))).toThrow(
    'Stage "drop" annotates "sentences" but changed its items',
  )
  expect(() => assemblePipeline([tag])).toThrow('Stage "tag" needs "sentences", which no earlier stage adds')
})
