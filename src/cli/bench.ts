import type { Command } from 'commander'
import { generateCorpus } from '../bench/corpus.js'
import { benchFloor, benchPipeline } from '../bench/pipeline-bench.js'
import { benchLongArticle } from '../bench/long-article.js'
import { EntenteError } from '../errors.js'
import { positiveFlag } from './read-flags.js'
import { defaultPipeline } from '../run.js'
import { storeBench, type RssSamples, type StoreBenchResult } from '../bench/store-bench.js'
import { apiBench, apiLines } from '../bench/api-bench.js'
import { ingestGrowthBench, type IngestGrowthResult, type PutCost } from '../bench/ingest-growth.js'
import { queueBench, type QueueBenchResult } from '../bench/queue-bench.js'
import { ingestReporter } from './bench-progress.js'

interface BenchOptions {
  size: string
  json?: boolean
  store: boolean
  queue: boolean
  api: boolean
  events: string
  articles: string
  fill: string
  only?: string
  storeFile?: string
  fillFile?: string
  statements?: boolean
  workers: string
  routes?: string
  progress: string
}

/** The parts of the bench, in the order they run. */
const PARTS = ['pipeline', 'store', 'growth', 'queue', 'api'] as const
type Part = (typeof PARTS)[number]

const WARM_UP_MB = 1

/** The stages of recognition and linking: the pipeline up to coreference, without event and fact coding. */
const RECOGNITION = ['clean', 'segment', 'time', 'recognize', 'coref']

/** Throughput of the recognition stages alone, from their share of the batched run (each stage is timed whole). */
function recognitionThroughput(pipeline: ReturnType<typeof benchPipeline>): {
  seconds: number
  megabytesPerSecond: number
} {
  const seconds = RECOGNITION.reduce((sum, name) => sum + (pipeline.stageSeconds[name] ?? 0), 0)
  return {
    seconds: Math.round(seconds * 1000) / 1000,
    megabytesPerSecond: Math.round((pipeline.megabytes / seconds) * 1000) / 1000,
  }
}

/** `entente bench`: pipeline throughput on one core against the bare-tokenizer floor, in the same run. */
export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('measure pipeline throughput on one core against bare wink-nlp tokenization (the floor)')
    .option('--size <MB>', 'size of the generated corpus in megabytes', '5')
    .option('--json', 'print JSON for machines')
    .option('--no-store', 'skip the store part (ingest into SQLite, query latency on a generated store)')
    .option('--events <n>', 'events in the generated store for query latency', '1000000')
    .option(
      '--articles <n>',
      'generated articles streamed through each SQLite ingest (100000: the memory check)',
      '200',
    )
    .option(
      '--progress <n>',
      'committed articles between progress lines of each SQLite ingest (RSS now and at its peak, articles/s; 0: none)',
      '1000',
    )
    .option('--fill <n>', 'articles in the filled store of the ingest-growth row (0 skips it)', '20000')
    .option(
      '--fill-file <file>',
      "the growth row's filled store: kept there, and reused (copied per run) when filled alike before",
    )
    .option('--statements', "time every SQLite statement of the growth row's timed runs (the dearest, per article)")
    .option('--no-api', 'skip API latency under load (entente serve on the generated store, 50 connections)')
    .option('--no-queue', 'skip queued ingest (entente worker processes, Redis, PostgreSQL at 127.0.0.1)')
    .option('--only <parts>', `run only these parts, comma-separated (${PARTS.join(', ')})`)
    .option(
      '--store-file <file>',
      "the API rows' generated store: reused when it exists, else generated there and kept",
    )
    .option('--workers <n>', 'processes serving in the API rows (entente serve --workers)', '1')
    .option(
      '--routes <names>',
      'only these API routes, comma-separated (dossier, members, dyad, events page, events all)',
    )
    .action(async (options: BenchOptions) => {
      const size = Number(options.size)
      if (!(size > 0))
        throw new EntenteError('usage', `Cannot use --size "${options.size}": give a positive number of MB`)
      const events = Number(options.events)
      if (!(Number.isInteger(events) && events > 0)) {
        throw new EntenteError('usage', `Cannot use --events "${options.events}": give a positive whole number`)
      }
      const articles = Number(options.articles)
      if (!(Number.isInteger(articles) && articles > 0)) {
        throw new EntenteError('usage', `Cannot use --articles "${options.articles}": give a positive whole number`)
      }
      const progressEvery = Number(options.progress)
      if (!(Number.isInteger(progressEvery) && progressEvery >= 0)) {
        throw new EntenteError('usage', `Cannot use --progress "${options.progress}": give a whole number (0: none)`)
      }
      const parts = partsOf(options)
      const workers = positiveFlag(options.workers, '--workers') ?? 1
      const log = (line: string) => process.stderr.write(`${line}\n`)
      const report = {
        ...(parts.has('pipeline') ? pipelineReport(size) : {}),
        store: parts.has('store')
          ? await storeBench({
              events,
              articles,
              log,
              progressEvery,
              // each ingest's figures as it ends, and its memory as it runs: a long run cut short has still told
              ...ingestReporter(options.json === true, log),
            })
          : null,
        growth:
          parts.has('growth') && Number(options.fill) > 0
            ? await ingestGrowthBench({
                fill: Number(options.fill),
                log,
                ...(options.fillFile !== undefined ? { fillFile: options.fillFile } : {}),
                ...(options.statements ? { statements: true } : {}),
              })
            : null,
        queue: parts.has('queue') ? await queueBenchOrReason() : null,
        api: parts.has('api')
          ? await apiBench({
              events,
              workers,
              log,
              ...(options.storeFile !== undefined ? { store: options.storeFile } : {}),
              ...(options.routes !== undefined ? { routes: options.routes.split(',').map((r) => r.trim()) } : {}),
            })
          : null,
      }
      if (options.json) {
        process.stdout.write(JSON.stringify(report, null, 2) + '\n')
        return
      }
      const row = (name: string, t: PipelineReport['floor']) =>
        `  ${name.padEnd(10)} ${t.articlesPerSecond.toFixed(1).padStart(9)} articles/s ${t.megabytesPerSecond.toFixed(2).padStart(7)} MB/s  (${t.seconds.toFixed(2)} s)`
      const pipelineLines = ({
        corpus,
        pipeline,
        recognition,
        oneByOne,
        longArticle,
        floor,
        ...rest
      }: PipelineReport) => [
        `corpus     ${corpus.articles} articles, ${corpus.megabytes.toFixed(2)} MB (generated, seed 42)`,
        `stages     ${rest.stages.join(' → ')} (after a ${WARM_UP_MB} MB warm-up run)`,
        row('pipeline', pipeline) + `  batches of ${pipeline.batch}, stage by stage`,
        `  by stage   ${Object.entries(pipeline.stageSeconds)
          .map(([name, seconds]) => `${name} ${seconds.toFixed(2)} s`)
          .join(' · ')}`,
        `  ${'up to coref'.padEnd(10)} ${recognition.megabytesPerSecond.toFixed(2).padStart(27)} MB/s  (${recognition.seconds.toFixed(2)} s: ${RECOGNITION.join(', ')})`,
        row('one by one', oneByOne) + '  each article through every stage',
        `  ${'one long'.padEnd(10)} ${longArticle.runs.map((r) => `${r.megabytes.toFixed(1)} MB in ${r.cpuSeconds.toFixed(2)} s`).join(', ')}: ×${longArticle.growth} for twice the text (linear: 2)`,
        row('floor', floor),
        `  ratio      pipeline takes ${rest.ratio}× the floor's time`,
        `  peak RSS   ${rest.peakRssMB} MB (this process so far, one thread: the rows above)`,
        `  found      ${pipeline.mentions} mentions, ${pipeline.events} events`,
      ]
      process.stdout.write(
        [
          ...('pipeline' in report && report.pipeline ? pipelineLines(report as PipelineReport) : []),
          ...(report.store ? storeLines(report.store) : []),
          ...(report.growth ? growthLines(report.growth) : []),
          ...(report.queue ? queueLines(report.queue) : []),
          ...(report.api ? apiLines(report.api) : []),
          '',
        ].join('\n'),
      )
    })
}

/** The pipeline rows: throughput against the floor, by stage, one by one, one long article. */
function pipelineReport(size: number) {
  const corpus = generateCorpus(size * 1e6)
  // warm up both paths (model load, JIT compilation of every stage) on another corpus, so that the timed
  // runs measure the steady state a long ingest runs in: every pipeline row runs the process's one pipeline, the one
  // warmed here, as `extract` and each ingest thread keep one for all their articles
  const warmUp = generateCorpus(WARM_UP_MB * 1e6, 7)
  benchFloor(warmUp)
  benchPipeline(warmUp)
  const floor = benchFloor(corpus)
  const pipeline = benchPipeline(corpus)
  const oneByOne = benchPipeline(corpus, { batch: 1 })
  const recognition = recognitionThroughput(pipeline)
  // one article of 1 MB, then of 2 MB: linear work takes twice as long (issue 14)
  const longArticle = benchLongArticle(defaultPipeline(), [1, 2])
  return {
    corpus: { articles: corpus.length, megabytes: floor.megabytes, warmUpMegabytes: WARM_UP_MB },
    stages: defaultPipeline().stages.map((s) => s.name),
    pipeline,
    oneByOne,
    recognition,
    longArticle,
    floor,
    ratio: Math.round((pipeline.seconds / floor.seconds) * 100) / 100,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    cores: 1,
  }
}
type PipelineReport = ReturnType<typeof pipelineReport>

/** The parts to run: --only's, else all but those --no-store, --no-api and --no-queue turn off. */
function partsOf(options: BenchOptions): Set<Part> {
  if (options.only !== undefined) {
    const named = options.only.split(',').map((part) => part.trim())
    for (const part of named) {
      if (!(PARTS as readonly string[]).includes(part)) {
        throw new EntenteError('usage', `Cannot run bench part "${part}": use ${PARTS.join(', ')}`)
      }
    }
    return new Set(named as Part[])
  }
  return new Set(
    PARTS.filter(
      (part) =>
        part === 'pipeline' ||
        (options.store && (part !== 'api' || options.api) && (part !== 'queue' || options.queue)),
    ),
  )
}

function storeLines(store: StoreBenchResult): string[] {
  const { ingest, queries } = store
  return [
    `ingest     ${ingest.articles} articles into SQLite`,
    `  all cores  ${ingest.articlesPerSecond.toFixed(1)} articles/s on ${ingest.jobs} threads (${ingest.articlesPerSecondPerCore.toFixed(1)}/core)`,
    `  one thread ${ingest.articlesPerSecondOneThread.toFixed(1)} articles/s`,
    `  CPU        ${ingest.cpuMsPerArticle.oneThread.toFixed(2)} ms/article one thread, ${ingest.cpuMsPerArticle.allCores.toFixed(2)} ms on ${ingest.jobs} threads (the process, every thread; after a 1 MB warm-up)${mainThreadCpu(ingest.cpuMsPerArticle.mainThread)}`,
    `  storing    ${ingest.writeMs.p50.toFixed(2)} ms/article p50, ${ingest.writeMs.p99.toFixed(2)} ms p99 (mean ${ingest.writeMs.mean.toFixed(2)}; one thread, a batch's time shared by its articles)`,
    `  memory     ${ingest.rssMB.peak} MB peak RSS of an ingest process (each ingest runs in a process of its own)`,
    `    ${`${ingest.jobs} threads`.padEnd(10)} ${rssLine(ingest.rssMB.allCores)}: main thread (reads, stores) + ${ingest.jobs} worker threads (analyse, each with its own models), summed: threads share the process`,
    `    ${'1 thread'.padEnd(10)} ${rssLine(ingest.rssMB.oneThread)}: one thread reads, analyses and stores`,
    `queries    on a generated store of ${queries.events.toLocaleString('en')} events (${queries.dbMegabytes.toFixed(0)} MB, built in ${queries.buildSeconds.toFixed(1)} s)`,
    `  dyad monthly series   ${queries.dyadMonthlyMs.toFixed(2)} ms (median)`,
    `  members at a date     ${queries.membersAtMs.toFixed(2)} ms (median; slowest ${queries.membersAtMaxMs.toFixed(2)} ms)`,
  ]
}

function rssLine(rss: RssSamples): string {
  return `${rss.peak} MB peak (${rss.afterWarmUp} MB after warm-up, ${rss.atEnd} MB at the end)`
}

/** Queued ingest into PostgreSQL with 1 and 2 workers; when a service does not answer, the reason instead. */
async function queueBenchOrReason(): Promise<QueueBenchResult | { error: string }> {
  try {
    return await queueBench({ log: (line) => process.stderr.write(`${line}\n`) })
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}

function queueLines(queue: QueueBenchResult | { error: string }): string[] {
  if ('error' in queue) return [`queued     not measured: ${queue.error}`]
  return [
    `queued     ${queue.articles} articles through Redis into PostgreSQL (entente worker, one pipeline thread each)`,
    ...queue.runs.map(
      (run) =>
        `  ${`${run.workers} worker${run.workers === 1 ? '' : 's'}`.padEnd(10)} ${run.articlesPerSecond.toFixed(1)} articles/s (${run.seconds.toFixed(1)} s; ${run.cpuSecondsPerArticle ?? '?'} CPU s/article in the workers; load ${run.loadAverage} on ${queue.cores} cores)`,
    ),
    `  speed-up   ×${queue.speedup} for ${queue.runs.at(-1)?.workers ?? 0} workers`,
    `  storing    ${queue.storeOnly.articlesPerSecond.toFixed(1)} articles/s into PostgreSQL alone (analysed beforehand, one after another)`,
  ]
}

function growthLines(g: IngestGrowthResult): string[] {
  return [
    `growth     ${g.articles} articles stored into an empty store and into one of ${g.fill.toLocaleString('en')} similar ones (${g.fillSeconds === null ? 'a kept copy' : `filled in ${g.fillSeconds.toFixed(0)} s`})`,
    `  storing    ${g.emptyStoreSeconds.toFixed(2)} s empty, ${g.filledStoreSeconds.toFixed(2)} s filled: ${g.storeRatio}×`,
    `  ingest     ${g.ingestRatio}× with the analysis (${g.analysisSeconds.toFixed(2)} s) added to both`,
    `  per article ${g.perArticle.empty.pages} pages written and ${g.perArticle.empty.cpuMs} ms CPU empty, ${g.perArticle.filled.pages} pages and ${g.perArticle.filled.cpuMs} ms filled: ×${g.cpuRatio} in processor time`,
    `  pages by table, filled (empty): ${tablePages(g.perArticle.filled, g.perArticle.empty)}`,
    ...(g.statements ?? []).map(
      (s) =>
        `  statement  ${s.filled.cpuMs.toFixed(3)} ms CPU, ${s.filled.runs} runs, ${s.filled.rows} rows an article filled (${s.empty.cpuMs.toFixed(3)} ms, ${s.empty.runs}, ${s.empty.rows} empty): ${s.sql.slice(0, 110)}`,
    ),
  ]
}

/** The filled store's tables and indexes written most, pages an article, with the empty store's figure beside. */
function tablePages(filled: PutCost, empty: PutCost): string {
  const before = new Map((empty.tables ?? []).map((t) => [t.name, t.pages]))
  return (filled.tables ?? []).map((t) => `${t.name} ${t.pages} (${before.get(t.name) ?? '-'})`).join(', ')
}

/** The main thread's share of the all-cores ingest, when measured: it bounds the rate of the threads. */
function mainThreadCpu(ms: number | undefined): string {
  return ms === undefined ? '' : `, of which ${ms.toFixed(2)} ms on the main thread (reading, storing)`
}
