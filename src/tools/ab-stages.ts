/**
 * Paired speed comparison of two builds (issue 13): runs the pipeline of an old build and of this one over the same
 * generated articles in one process, alternating which goes first batch by batch, and prints each stage's CPU seconds
 * for both. On a shared machine wall-clock figures from different runs cannot be compared; paired CPU time in one run
 * can, and the per-round ratios show how far to trust a difference (a few per cent is noise on a busy machine).
 *
 *   node dist/tools/ab-stages.js --old /work/main/dist [--new dist] [--size 1] [--rounds 5]
 *
 * The outputs of the two are not compared here: check-output pins them.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Article, Doc } from '../document.js'
import type { Pipeline, Stage } from '../pipeline.js'

interface Build {
  readonly label: string
  /** One single-stage pipeline per stage of the default pipeline, in order. */
  readonly stages: readonly { readonly name: string; readonly pipeline: Pipeline }[]
  readonly docOf: (article: Article) => Doc
}

/** The default pipeline of the build in `dist`, cut into one pipeline per stage. */
async function loadBuild(label: string, dist: string): Promise<Build> {
  const load = (path: string) => import(pathToFileURL(resolve(dist, path)).href)
  const run = (await load('run.js')) as typeof import('../run.js')
  const pipelines = (await load('pipeline.js')) as typeof import('../pipeline.js')
  const documents = (await load('document.js')) as typeof import('../document.js')
  const given: Stage['adds'][number][] = []
  const stages = run.createDefaultPipeline().stages.map((stage) => {
    const pipeline = pipelines.assemblePipeline([stage], { given: [...given] })
    given.push(...stage.adds)
    return { name: stage.name, pipeline }
  })
  return { label, stages, docOf: documents.docFromArticle }
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

/** Runs one batch through every stage of a build, adding each stage's CPU seconds to `spent`. */
function runBatch(build: Build, batch: readonly Article[], spent: Map<string, number>): void {
  let docs = batch.map(build.docOf)
  for (const { name, pipeline } of build.stages) {
    const start = cpuSeconds()
    docs = pipeline.runAll(docs)
    spent.set(name, (spent.get(name) ?? 0) + cpuSeconds() - start)
  }
}

function option(args: string[], name: string, fallback: string): string {
  const at = args.indexOf(name)
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

async function main(args: string[]): Promise<number> {
  const oldDist = option(args, '--old', '')
  if (!oldDist) {
    process.stderr.write('usage: ab-stages --old DIR [--new DIR] [--size MB] [--rounds N]\n')
    return 2
  }
  const newDist = option(args, '--new', resolve(import.meta.dirname, '..'))
  const [size, count] = [option(args, '--size', '1'), option(args, '--rounds', '5')]
  const megabytes = Number(size)
  const rounds = Number(count)
  // a size or round count that is no positive number would print NaN ratios, a folder that is no build a stack
  const missing = [oldDist, newDist].map((dist) => resolve(dist, 'run.js')).find((path) => !existsSync(path))
  const problem = !(megabytes > 0)
    ? `--size takes a positive number of MB, not "${size}"`
    : !Number.isInteger(rounds) || rounds < 1
      ? `--rounds takes a whole number from 1, not "${count}"`
      : missing && `Cannot load the build: "${missing}" does not exist`
  if (problem) {
    process.stderr.write(`ab-stages: ${problem}\nusage: ab-stages --old DIR [--new DIR] [--size MB] [--rounds N]\n`)
    return 2
  }
  const builds = [await loadBuild('old', oldDist), await loadBuild('new', newDist)] as const
  const { articleId } = await import('../ingest/index.js')
  const { generateCorpus, BATCH_SIZE } = {
    ...(await import('../bench/corpus.js')),
    ...(await import('../pipeline.js')),
  }
  const articles: Article[] = generateCorpus(megabytes * 1e6).map((a, i) => ({
    id: articleId(a.text),
    text: a.text,
    published: a.published,
    source: { kind: 'text', path: `ab-${i}` },
  }))
  // per round and build: CPU seconds by stage (round -1 warms both up and is not counted)
  const spent: Map<string, number>[][] = [[], []]
  for (let round = -1; round < rounds; round++) {
    const now = [new Map<string, number>(), new Map<string, number>()]
    for (let i = 0, n = 0; i < articles.length; i += BATCH_SIZE, n++) {
      const batch = articles.slice(i, i + BATCH_SIZE)
      const first = (n + round) & 1
      runBatch(builds[first]!, batch, now[first]!)
      runBatch(builds[1 - first]!, batch, now[1 - first]!)
    }
    if (round >= 0) now.forEach((times, b) => spent[b]!.push(times))
  }
  const names = [...builds[0].stages.map((s) => s.name), 'total']
  const of = (b: number, r: number, name: string) =>
    name === 'total' ? [...spent[b]![r]!.values()].reduce((x, y) => x + y, 0) : (spent[b]![r]!.get(name) ?? 0)
  const sum = (b: number, name: string) => spent[b]!.reduce((x, _, r) => x + of(b, r, name), 0)
  process.stdout.write(`${articles.length} articles, ${megabytes} MB, ${rounds} rounds; CPU seconds per round\n`)
  process.stdout.write(`${'stage'.padEnd(10)}${'old'.padStart(9)}${'new'.padStart(9)}  new/old (median of rounds)\n`)
  for (const name of names) {
    const ratios = spent[0]!.map((_, r) => of(1, r, name) / of(0, r, name))
    const line = `${name.padEnd(10)}${(sum(0, name) / rounds).toFixed(3).padStart(9)}${(sum(1, name) / rounds).toFixed(3).padStart(9)}`
    process.stdout.write(`${line}  ${(sum(1, name) / sum(0, name)).toFixed(3)} (${median(ratios).toFixed(3)})\n`)
  }
  const total = (b: number) => sum(b, 'total') / rounds
  process.stdout.write(
    `MB per CPU second: old ${(megabytes / total(0)).toFixed(3)}, new ${(megabytes / total(1)).toFixed(3)}\n`,
  )
  return 0
}

process.exitCode = await main(process.argv.slice(2))
