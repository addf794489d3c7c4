import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { openSqliteStore } from '../../src/store/index.js'
import { cleanup, storeSnapshot, tempDir } from '../store/helpers.js'

const CLI = join(import.meta.dirname, '../../dist/cli/main.js')
const BUILT = existsSync(CLI) && existsSync(join(import.meta.dirname, '../../dist/jobs/ingest/analyze-worker.js'))
const KILLS = 20

afterAll(cleanup)

const COUNTRIES = ['Japan', 'France', 'Germany', 'India', 'Brazil', 'Canada', 'Kenya', 'Mexico', 'Turkey', 'Poland']
const VERBS = ['met', 'criticised', 'praised', 'signed an agreement with', 'threatened', 'accused', 'visited']

/** ~60 generated articles, a few of them syndicated copies of earlier ones. */
function writeArticles(dir: string): void {
  mkdirSync(dir, { recursive: true })
  for (let i = 0; i < 60; i++) {
    const a = COUNTRIES[i % COUNTRIES.length] as string
    const b = COUNTRIES[(i * 3 + 1) % COUNTRIES.length] as string
    const verb = VERBS[i % VERBS.length] as string
    const base =
      `${a} ${verb} ${b} on Tuesday, officials said. The foreign minister of ${a} told reporters in the capital ` +
      `that talks with ${b} would continue next week. Story number ${i} covers trade, security and energy.`
    const text = i % 10 === 9 ? `WIRE - ${storyText(i - 1)} Reporting by staff.` : base
    writeFileSync(join(dir, `article-${String(i).padStart(2, '0')}.txt`), text)
  }
}

function storyText(i: number): string {
  const a = COUNTRIES[i % COUNTRIES.length] as string
  const b = COUNTRIES[(i * 3 + 1) % COUNTRIES.length] as string
  const verb = VERBS[i % VERBS.length] as string
  return (
    `${a} ${verb} ${b} on Tuesday, officials said. The foreign minister of ${a} told reporters in the capital ` +
    `that talks with ${b} would continue next week. Story number ${i} covers trade, security and energy.`
  )
}

const ARGS = (dir: string, db: string) => [
  CLI,
  'ingest',
  dir,
  '--db',
  db,
  '--json',
  '--jobs',
  '2',
  '--published',
  '2023-04-05',
]

/** Runs the ingest and kills it (SIGKILL, or SIGINT every fourth time) after `after` results were printed. */
function runAndKill(dir: string, db: string, after: number, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ARGS(dir, db), { stdio: ['ignore', 'pipe', 'ignore'] })
    let seen = 0
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString().split('\n').length - 1
      if (seen >= after) child.kill(signal)
    })
    child.on('exit', () => resolve())
  })
}

type Snapshot = Awaited<ReturnType<typeof storeSnapshot>>

/** Every stored article has exactly the rows the uninterrupted run gave it. */
function expectWhole(partial: Snapshot, reference: Snapshot): void {
  const ids = new Set(partial.articles.map((a) => a.id))
  for (const table of ['events', 'mentions', 'facts', 'articleEntities', 'bands'] as const) {
    const expected = (reference[table] as { article_id: string }[]).filter((row) => ids.has(row.article_id))
    expect(partial[table], table).toEqual(expected)
  }
}

test(`ingest survives ${KILLS} kills and resumes to the same store (needs \`npm run build\`)`, async () => {
  expect(BUILT, 'dist is not built: run `npm run build` first').toBe(true)
  const dir = tempDir()
  const inputs = join(dir, 'articles')
  writeArticles(inputs)
  const referenceDb = join(dir, 'reference.db')
  const run = spawnSync(process.execPath, ARGS(inputs, referenceDb), { encoding: 'utf8' })
  expect(run.stdout.trim().split('\n')).toHaveLength(60)
  const referenceStore = await openSqliteStore(referenceDb)
  const reference = await storeSnapshot(referenceStore)
  await referenceStore.close()
  expect(reference.articles.length).toBeGreaterThan(0)

  const db = join(dir, 'killed.db')
  let seed = 7
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
  for (let i = 0; i < KILLS; i++) {
    await runAndKill(inputs, db, 1 + Math.floor(random() * 4), i % 4 === 3 ? 'SIGINT' : 'SIGKILL')
    const store = await openSqliteStore(db)
    expectWhole(await storeSnapshot(store), reference)
    await store.close()
  }
  const finish = spawnSync(process.execPath, ARGS(inputs, db), { encoding: 'utf8' })
  expect(finish.status === 0 || finish.status === 1).toBe(true)
  const store = await openSqliteStore(db)
  expect(await storeSnapshot(store)).toEqual(reference)
  await store.close()
}, 240_000)
