import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { openIngestQueue, parseQueueUrl } from '../../src/jobs/index.js'
import { openStore } from '../../src/store/index.js'
import { cleanup, tempDir } from '../store/helpers.js'

const CLI = join(import.meta.dirname, '../../dist/cli/main.js')
const BUILT = existsSync(CLI) && existsSync(join(import.meta.dirname, '../../dist/cli/worker.js'))
const QUEUE = `redis://127.0.0.1:6379?name=entente-cli-${process.pid}-${Date.now().toString(36)}`

afterAll(async () => {
  const queue = await openIngestQueue(parseQueueUrl(QUEUE))
  await queue.remove()
  await queue.close()
  await cleanup()
})

function cli(args: readonly string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' })
}

const COUNTRIES = ['Japan', 'France', 'Kenya', 'Chile', 'India', 'Poland', 'Canada', 'Brazil']

test('issue 12: ingest --queue twice queues once; SIGTERM lets the worker finish the jobs in hand and exit 0', async () => {
  expect(BUILT, 'dist is not built: run `npm run build` first').toBe(true)
  const dir = tempDir()
  const inputs = join(dir, 'articles')
  mkdirSync(inputs)
  for (const [i, country] of COUNTRIES.entries()) {
    const other = COUNTRIES[(i + 3) % COUNTRIES.length] as string
    writeFileSync(
      join(inputs, `${i}.txt`),
      `${country} criticised ${other} on Monday over fishing rights, officials said.`,
    )
  }
  const first = cli(['ingest', inputs, '--queue', QUEUE, '--published', '2023-04-05'])
  expect(first.stderr).toContain(`${COUNTRIES.length} queued`)
  const again = cli(['ingest', inputs, '--queue', QUEUE, '--published', '2023-04-05'])
  expect(again.stderr).toContain(`0 queued on entente-cli-`)
  expect(again.stderr).toContain(`${COUNTRIES.length} already queued`)
  expect(JSON.parse(cli(['queue', 'status', '--queue', QUEUE, '--json']).stdout)).toMatchObject({
    waiting: COUNTRIES.length,
  })

  const db = join(dir, 'worker.db')
  const worker = spawn(process.execPath, [CLI, 'worker', '--db', db, '--queue', QUEUE, '--concurrency', '2', '--json'])
  let results = 0
  worker.stdout.on('data', (chunk: Buffer) => (results += chunk.toString().split('\n').length - 1))
  while (results === 0) await new Promise((resolve) => setTimeout(resolve, 20))
  const code = new Promise<number | null>((resolve) => worker.once('exit', resolve))
  worker.kill('SIGTERM')
  expect(await code).toBe(0)

  const counts = JSON.parse(cli(['queue', 'status', '--queue', QUEUE, '--json']).stdout)
  expect(counts.active).toBe(0)
  expect(counts.completed + counts.waiting).toBe(COUNTRIES.length)
  const store = await openStore(db)
  const stored = await store.db.selectFrom('articles').select('id').execute()
  await store.close()
  expect(stored).toHaveLength(counts.completed)
  expect(counts.completed).toBe(results)
}, 120_000)

test('issue 12: a queue command whose Redis does not answer fails naming Redis', () => {
  expect(BUILT, 'dist is not built: run `npm run build` first').toBe(true)
  const run = cli(['queue', 'status', '--queue', 'redis://127.0.0.1:1'])
  expect(run.status).toBe(1)
  expect(run.stderr).toContain('entente: Cannot reach Redis at "redis://127.0.0.1:1"')
  expect(run.stderr).toContain('hint: Start Redis')
  const usage = cli(['worker', '--queue', 'http://127.0.0.1:6379'])
  expect(usage.status).toBe(2)
})
