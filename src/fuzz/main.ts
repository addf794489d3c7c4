/**
 * Long fuzzing runs, outside the tests: `npm run fuzz -- --runs 10000 [--target html] [--seed 42] [--limit-ms 2000]`.
 * For each target it prints the inputs tried, the crashes (a throw that is not a named EntenteError, or a result
 * that breaks a reader's promises: see problemsOf) and the slowest input, and exits 1 when any input crashed or
 * took longer than the limit.
 */
import fc from 'fast-check'
import { FUZZ_USAGE, FuzzUsageError, parseFuzzOptions } from './options.js'
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
  let options
  try {
    options = parseFuzzOptions(process.argv.slice(2), Object.keys(TARGETS))
  } catch (error) {
    if (!(error instanceof FuzzUsageError)) throw error
    process.stderr.write(`entente fuzz: ${error.message}\n${FUZZ_USAGE}`)
    process.exitCode = 2
    return
  }
  if (options.help) {
    process.stdout.write(FUZZ_USAGE)
    return
  }
  const { runs, seed, limitMs, targets: names } = options
  let failed = false
  for (const name of names) {
    const target = (TARGETS as Record<string, FuzzTarget<unknown>>)[name]!
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
