import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

/** `entente serve --workers 2`: one port, two processes, none left behind however the primary stops. */
const MAIN = resolve('dist/cli/main.js')
const dir = mkdtempSync(join(tmpdir(), 'entente-workers-'))
const db = join(dir, 'store.db')
const STORY = 'Japan and the Philippines signed a defence pact in Manila on Monday.'

afterAll(() => rmSync(dir, { recursive: true, force: true }))

function serve(): Promise<{ child: ChildProcess; address: string; log: () => string }> {
  const child = spawn(process.execPath, [MAIN, 'serve', '--db', db, '--port', '0', '--workers', '2'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let log = ''
  return new Promise((done, fail) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString()
      const address = /serving .* at (http:\/\/127\.0\.0\.1:\d+) .*with 2 workers/.exec(log)?.[1]
      if (address) done({ child, address, log: () => log })
    })
    child.on('exit', (code) => fail(new Error(`entente serve exited with ${code}: ${log}`)))
  })
}

/** The process ids of a process's children (Linux). */
function childrenOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function gone(pids: readonly number[]): Promise<boolean> {
  for (let i = 0; i < 100 && pids.some(alive); i++) await new Promise((done) => setTimeout(done, 100))
  return !pids.some(alive)
}

describe('entente serve --workers', { timeout: 180_000 }, () => {
  beforeAll(() => {
    expect(existsSync(MAIN), `${MAIN} is missing: run \`npm run build\` first`).toBe(true)
    const ingest = spawnSync(process.execPath, [MAIN, 'ingest', '-', '--db', db, '--published', '2024-03-04'], {
      input: STORY,
      encoding: 'utf8',
    })
    expect(ingest.status, ingest.stderr).toBe(0)
  }, 180_000)

  test('two workers answer on one port, read-only, and SIGTERM stops them all', async () => {
    const { child, address, log } = await serve()
    const workers = childrenOf(child.pid ?? 0)
    expect(workers).toHaveLength(2)
    expect(log()).toContain('read-only (no token)')
    const answers = await Promise.all(
      Array.from({ length: 8 }, async () => (await fetch(`${address}/api/actors/JPN?at=2024-03-05`)).status),
    )
    expect(answers).toEqual(Array(8).fill(200))
    child.kill('SIGTERM')
    expect(await gone([child.pid ?? 0, ...workers])).toBe(true)
  })

  test('a primary killed outright leaves no worker behind', async () => {
    const { child } = await serve()
    const workers = childrenOf(child.pid ?? 0)
    expect(workers).toHaveLength(2)
    child.kill('SIGKILL')
    expect(await gone(workers)).toBe(true)
  })
})
