import type { Command } from 'commander'
import { generateCorpus } from '../bench/corpus.js'
import { benchFloor, benchPipeline } from '../bench/pipeline-bench.js'
import { EntenteError } from '../errors.js'
import { createDefaultPipeline } from '../run.js'

interface BenchOptions {
  size: string
  json?: boolean
}

/** `entente bench`: pipeline throughput on one core against the bare-tokenizer floor, in the same run. */
export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('measure pipeline throughput on one core against bare wink-nlp tokenization (the floor)')
    .option('--size <MB>', 'size of the generated corpus in megabytes', '5')
    .option('--json', 'print JSON for machines')
    .action((options: BenchOptions) => {
      const size = Number(options.size)
      if (!(size > 0))
        throw new EntenteError('usage', `Cannot use --size "${options.size}": give a positive number of MB`)
      const corpus = generateCorpus(size * 1e6)
      // warm up both paths (model load, JIT) on a small slice so the timed runs measure steady state
      benchFloor(corpus.slice(0, 20))
      benchPipeline(corpus.slice(0, 20))
      const floor = benchFloor(corpus)
      const pipeline = benchPipeline(corpus)
      const report = {
        corpus: { articles: corpus.length, megabytes: floor.megabytes },
        stages: createDefaultPipeline().stages.map((s) => s.name),
        pipeline,
        floor,
        ratio: Math.round((pipeline.seconds / floor.seconds) * 100) / 100,
        peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
        cores: 1,
      }
      if (options.json) {
        process.stdout.write(JSON.stringify(report, null, 2) + '\n')
        return
      }
      const row = (name: string, t: typeof floor) =>
        `  ${name.padEnd(10)} ${t.articlesPerSecond.toFixed(1).padStart(9)} articles/s ${t.megabytesPerSecond.toFixed(2).padStart(7)} MB/s  (${t.seconds.toFixed(2)} s)`
      process.stdout.write(
        [
          `corpus     ${report.corpus.articles} articles, ${report.corpus.megabytes.toFixed(2)} MB (generated, seed 42)`,
          `stages     ${report.stages.join(' → ')}`,
          row('pipeline', pipeline),
          row('floor', floor),
          `  ratio      pipeline takes ${report.ratio}× the floor's time`,
          `  peak RSS   ${report.peakRssMB} MB`,
          `  found      ${pipeline.mentions} mentions, ${pipeline.events} events`,
          '',
        ].join('\n'),
      )
    })
}
