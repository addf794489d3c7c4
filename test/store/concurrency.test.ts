import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, describe, expect, test } from 'vitest'
import type { Doc } from '../../src/document.js'
import { contentHash, openStore, type Store } from '../../src/store/index.js'
import { japanNato, japanNatoCopy } from './fixtures.js'
import { cleanup, makeDoc, tempDir, tempPostgresDatabase } from './helpers.js'

afterAll(cleanup)

const CAPITALS = ['Ottawa', 'Nairobi', 'Canberra', 'Brasilia', 'Jakarta', 'Warsaw', 'Santiago', 'Hanoi']
const PAIRS: readonly (readonly [string, string])[] = [
  ['FRA', 'DEU'],
  ['JPN', 'KOR'],
  ['IND', 'BRA'],
  ['KEN', 'ETH'],
  ['CAN', 'MEX'],
  ['EGY', 'TUR'],
]

/** Two differently worded reports (two articles) of each of a dozen meetings on different days. */
function reports(): Doc[][] {
  return PAIRS.flatMap(([source, target], i) =>
    [3, 17].map((day) => {
      const date = `2024-05-${String(day + i).padStart(2, '0')}`
      const place = CAPITALS[(i + day) % CAPITALS.length] ?? 'Geneva'
      const event = { source, target, cameo: '043', date, evidence: 'held talks' }
      return [
        makeDoc(`Ministers of ${source} and ${target} held talks in ${place} about trade, on ${date}.`, {
          published: date,
          events: [event],
        }),
        makeDoc(`In ${place}, the delegations from ${source} and ${target} held talks on ${date}, officials said.`, {
          published: date,
          events: [event],
        }),
      ]
    }),
  )
}

/** Each cluster as the sorted ids of its events, with what it counts: comparable whatever the ingest order. */
async function clusterShapes(store: Store) {
  const events = await store.db.selectFrom('events').select(['id', 'cluster_id']).execute()
  const clusters = await store.db
    .selectFrom('event_clusters')
    .select(['id', 'root', 'source', 'target', 'date', 'reports', 'articles'])
    .execute()
  return clusters
    .map(({ id, ...cluster }) => ({
      ...cluster,
      events: events
        .filter((e) => e.cluster_id === id)
        .map((e) => e.id)
        .sort(),
    }))
    .sort((a, b) => (a.events[0] ?? '').localeCompare(b.events[0] ?? ''))
}

describe('issue 12: concurrent writers on PostgreSQL', () => {
  test('two stores writing reports of the same happenings at once give one cluster per happening', async () => {
    const url = await tempPostgresDatabase()
    const [first, second] = [await openStore(url), await openStore(url)]
    const pairs = reports()
    // every report at once: each happening's two reports race through two stores (two pools, several connections)
    const results = await Promise.all(pairs.flatMap(([a, b]) => [first.putDoc(a as Doc), second.putDoc(b as Doc)]))
    expect(results.every((r) => r.status === 'stored' && r.nearDuplicateOf === undefined)).toBe(true)
    const shapes = await clusterShapes(first)
    expect(shapes).toHaveLength(pairs.length)
    expect(shapes.every((c) => c.reports === 2 && c.articles === 2 && c.events.length === 2)).toBe(true)
    // every report stored exactly once: its id (the content hash) once each; the numbers may skip after a retry
    const expected = pairs.flat().map((doc) => contentHash(doc.text))
    expect(new Set(expected).size).toBe(2 * pairs.length)
    const ids = await first.db.selectFrom('articles').select('id').execute()
    expect(ids.map((r) => r.id).sort()).toEqual(expected.sort())
    // the same clusters as one SQLite process storing them one after the other
    const sqlite = await openStore(join(tempDir(), 'one.db'))
    for (const doc of pairs.flat()) await sqlite.putDoc(doc)
    expect(shapes).toEqual(await clusterShapes(sqlite))
    await Promise.all([first.close(), second.close(), sqlite.close()])
  })

  test('an article and its syndicated copy stored at once: one original, one copy', async () => {
    const url = await tempPostgresDatabase()
    const [first, second] = [await openStore(url), await openStore(url)]
    const [a, b] = await Promise.all([first.putDoc(japanNato()), second.putDoc(japanNatoCopy())])
    expect([a?.nearDuplicateOf, b?.nearDuplicateOf].filter((x) => x !== undefined)).toHaveLength(1)
    const meeting = await first.db.selectFrom('event_clusters').selectAll().where('cameo', '=', '043').execute()
    expect(meeting).toMatchObject([{ reports: 2, articles: 2 }])
    await Promise.all([first.close(), second.close()])
  })
})

describe('issue 14: concurrent ingests into one SQLite store', () => {
  test('two ingests at once both finish with every article stored', async () => {
    const main = resolve('dist/cli/main.js')
    expect(existsSync(main), `${main} is built by \`npm run build\``).toBe(true)
    const dir = tempDir()
    const db = join(dir, 'shared.db')
    const per = 30
    for (const side of ['a', 'b']) {
      mkdirSync(join(dir, side))
      for (let i = 0; i < per; i++) {
        const [source, target] = PAIRS[i % PAIRS.length] ?? ['FRA', 'DEU']
        const text =
          `Envoys of ${source} and ${target} met in ${CAPITALS[i % CAPITALS.length]} on ${(i % 27) + 1} March 2024 ` +
          `(dispatch ${side}-${i}). They agreed to resume talks on ${side === 'a' ? 'energy' : 'fisheries'} quota ${i}.`
        writeFileSync(join(dir, side, `${i}.txt`), text)
      }
    }
    // both start on a missing store: creating it, too, is raced
    const runs = await Promise.all(
      ['a', 'b'].map(
        (side) =>
          new Promise<{ code: number | null; stderr: string }>((done) => {
            const child = spawn(process.execPath, [main, 'ingest', join(dir, side), '--db', db, '--jobs', '1'])
            let stderr = ''
            child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
            child.on('close', (code) => done({ code, stderr }))
          }),
      ),
    )
    for (const run of runs) {
      expect(run.stderr).toMatch(new RegExp(`^${per} stored.*, 0 failed$`, 'm'))
      expect(run.code).toBe(0)
    }
    const check = new BetterSqlite3(db, { readonly: true })
    expect(check.prepare('select count(*) as n from articles').get()).toEqual({ n: 2 * per })
    check.close()
  }, 180_000)
})
