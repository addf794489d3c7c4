import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { docOf } from '../document.js'
import { openSqliteStore } from '../store/index.js'
import { bandsQuery } from '../store/near-duplicates.js'
import { rangesQuery } from '../store/cluster-reads.js'
import { foldSql, timeStatements } from './statement-timings.js'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

test('foldSql makes one kind of a statement whatever the number of rows or ranges it carries', () => {
  expect(foldSql('insert into "t" ("a", "b") values (?, ?), (?, ?),\n (?, ?)')).toBe(
    'insert into "t" ("a", "b") values (…)',
  )
  expect(foldSql('select a from t where id in (?, ?, ?)')).toBe(foldSql('select a from t where id in (?)'))
  expect(foldSql(bandsQuery(32, false))).toBe(foldSql(bandsQuery(3, false)))
  expect(foldSql(rangesQuery(20, true, 'k.i, e.id', ''))).toBe(foldSql(rangesQuery(1, true, 'k.i, e.id', '')))
  // what differs besides the lists stays apart
  expect(foldSql('select a from t where id in (?, ?)')).not.toBe(foldSql('select b from t where id in (?, ?)'))
  expect(foldSql(rangesQuery(2, false, 'k.i, e.id', ''))).not.toBe(foldSql(rangesQuery(2, false, 'k.i, e.date', '')))
})

test('timeStatements counts the runs and rows of each kind of statement a store write makes, and stops after', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-statements-'))
  dirs.push(dir)
  const store = await openSqliteStore(join(dir, 's.db'))
  try {
    const texts = ['The envoy met the minister in Oslo on Monday.', 'Talks on grain exports resumed in Ankara.']
    const { result, costs } = await timeStatements(() => store.putDocs(texts.map((text) => docOf(text))))
    expect(result.map((r) => r.status)).toEqual(['stored', 'stored'])
    const articles = costs.find((c) => c.sql.startsWith('insert into "articles"'))
    expect(articles).toMatchObject({ runs: 2, rows: 2 })
    expect(articles?.sql).toContain('values (…)')
    const lookups = costs.find((c) => c.sql === 'select id from articles where id = ?')
    expect(lookups).toMatchObject({ runs: 2, rows: 0 })
    expect(costs.every((c) => c.cpuMs >= 0)).toBe(true)
    // dearest first
    expect(costs.map((c) => c.cpuMs)).toEqual([...costs.map((c) => c.cpuMs)].sort((a, b) => b - a))
    // the statements are no longer timed once the work is done
    const after = await timeStatements(async () => 0)
    await store.putDocs([docOf('A third article about the summit.')])
    expect(after.costs).toEqual([])
  } finally {
    await store.close()
  }
})
