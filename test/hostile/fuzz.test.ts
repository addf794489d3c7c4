import fc from 'fast-check'
import { expect, test } from 'vitest'
import { TARGETS, type FuzzTarget } from '../../src/fuzz/targets.js'

// Issue 14, fuzzing: any input yields articles or a clear, named EntenteError, never an unnamed throw or a broken
// article. A few hundred runs each here (fixed seed, so a failure reproduces); `npm run fuzz -- --runs N` runs long
// and measures time per input.

const RUNS: Record<keyof typeof TARGETS, number> = {
  text: 300,
  html: 300,
  feed: 300,
  jsonl: 300,
  folder: 100,
  pipeline: 100,
}

for (const [name, target] of Object.entries(TARGETS) as [keyof typeof TARGETS, FuzzTarget<unknown>][]) {
  test(`issue 14: fuzzing the ${name} ${name === 'pipeline' ? 'on arbitrary text' : 'reader'} finds no crash (${RUNS[name]} inputs)`, async () => {
    await fc.assert(
      fc.asyncProperty(target.inputs, async (input) => {
        expect(await target.run(input)).toEqual([])
      }),
      { numRuns: RUNS[name], seed: 14 },
    )
  })
}
