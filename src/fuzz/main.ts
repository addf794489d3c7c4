/**
 * Long fuzzing runs, outside the tests: `npm run fuzz -- --runs 10000 [--target html] [--seed 42] [--limit-ms 2000]`.
 * For each target it prints the inputs tried, the crashes (a throw that is not a named EntenteError, or a result
 * that breaks a reader's promises: see problemsOf) and the slowest input, and exits 1 when any input crashed or
 * took longer than the limit.
 */
import fc from 'fast-check'
import { parseArgs } from 'node:util'
import { TARGETS, type FuzzTarget } from './targets.js'

interface Report {
  tried: number
  crashes: { problem: string; input: string }[]
  slowestMs: number
  slowest: string
  overLimit: number
}

async function fuzz<T>(target: FuzzTarget<T>, runs: number, seed: number, limitMs: number): Promise<Report> {
  const report: Report = { tried: 0, crashes: [], slowestMs: 0, slowest: '', overLimit: 0 }
  target.warm?.()
  const CHUNK = 250 // inputs are generated a chunk at a time, so 10 k large inputs are never all in memory
  for (let chunk = 0; report.tried < runs; chunk++) {
    const inputs = fc.sample(target.inputs, { numRuns: Math.min(CHUNK, runs - report.tried), seed: seed + chunk })
    for (const input of inputs) {
      const started = performance.now()
      const problems = await target.run(input)
      const ms = performance.now() - started
      report.tried++
      if (ms > report.slowestMs) Object.assign(report, { slowestMs: ms, slowest: target.describe(input) })
      if (ms > limitMs) report.overLimit++
      for (const problem of problems) report.crashes.push({ problem, input: target.describe(input) })
    }
  }
  return report
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '1000' },
      target: { type: 'string', multiple: true },
      seed: { type: 'string', default: '1' },
      'limit-ms': { type: 'string', default: '2000' },
    },
  })
  const runs = Number(values.runs)
  const seed = Number(values.seed)
  const limitMs = Number(values['limit-ms'])
  const names = values.target ?? Object.keys(TARGETS)
  let failed = false
  for (const name of names) {
    const target = (TARGETS as Record<string, FuzzTarget<unknown>>)[name]
    if (!target) throw new Error(`Unknown fuzz target "${name}": use ${Object.keys(TARGETS).join(', ')}`)
    const started = performance.now()
    const report = await fuzz(target, runs, seed, limitMs)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    process.stdout.write(
      `${name.padEnd(8)} ${report.tried} inputs in ${seconds} s · ${report.crashes.length} crashes · ` +
        `${report.overLimit} over ${limitMs} ms · slowest ${report.slowestMs.toFixed(0)} ms: ${report.slowest.slice(0, 100)}\n`,
    )
    for (const crash of report.crashes.slice(0, 5))
      process.stdout.write(`  crash: ${crash.problem}\n    input: ${crash.input}\n`)
    failed ||= report.crashes.length > 0 || report.overLimit > 0
  }
  if (failed) process.exitCode = 1
}

await main()
