import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { actorDossier, membersAt, renderMembers, type QueryKb } from '../../src/query/index.js'
import type { Store } from '../../src/store/index.js'
import { cleanup, DATABASES, makeDoc } from '../store/helpers.js'

const MEMBERSHIPS = [
  { member: 'USA', org: 'NATO', from: '1949-08-24' },
  { member: 'FIN', org: 'NATO', from: '2023-04-04' },
]

/** A curated KB with Finland in NATO from 2023-04-04 (day precision). */
const KB: QueryKb = {
  entity: (id) => ({ NATO: { id, kind: 'organization', name: 'NATO' } })[id],
  membersAt: (org, date) => MEMBERSHIPS.filter((m) => m.org === org && (date === undefined || m.from <= date)),
  membershipsOf: (member, date) =>
    MEMBERSHIPS.filter((m) => m.member === member && (date === undefined || m.from <= date)),
  rolesAt: () => [],
}

/** News that knows the accession only to the month, and news that states a year-old membership. */
const TEXT = 'Finland joined NATO in April 2023. Sweden has been in NATO since 2022.'

afterAll(cleanup)

for (const db of DATABASES) {
  describe(db.name, () => {
    let store: Store
    beforeAll(async () => {
      store = await db.open()
      const doc = makeDoc(TEXT, {
        published: '2023-06-01',
        facts: [
          { relation: 'member_of', subject: 'FIN', object: 'NATO', start: '2023-04', evidence: 'Finland joined NATO' },
          { relation: 'member_of', subject: 'SWE', object: 'NATO', start: '2022', evidence: 'Sweden has been in' },
        ],
      })
      await store.putDoc(doc)
    })
    afterAll(() => store.close())

    test('issue 14: a start known only to the month makes no member on a day inside it, only "possibly"', async () => {
      const ctx = { store }
      const on = await membersAt(ctx, 'NATO', { at: '2023-04-03' })
      expect(on.members.map((m) => m.member)).toEqual(['SWE'])
      expect(on.possibly).toBeUndefined()
      expect(renderMembers(on)).not.toContain('FIN')
      const uncertain = await membersAt(ctx, 'NATO', { at: '2023-04-03', includeUncertain: true })
      expect(uncertain.members.map((m) => m.member)).toEqual(['SWE'])
      expect(uncertain.possibly?.map((m) => [m.member, m.from])).toEqual([['FIN', '2023-04']])
      expect(renderMembers(uncertain)).toMatch(/FIN .*\[possibly\]/)
      expect(renderMembers(uncertain)).toMatch(/NATO\) on 2023-04-03: 1\n/)
      // a year known only to the year is uncertain inside it, and sure after it
      expect((await membersAt(ctx, 'NATO', { at: '2022-12-31', includeUncertain: true })).possibly).toHaveLength(1)
      const later = await membersAt(ctx, 'NATO', { at: '2023-05-01' })
      expect(later.members.map((m) => [m.member, m.from])).toEqual([
        ['FIN', '2023-04'],
        ['SWE', '2022'],
      ])
    })

    test('issue 14: a dossier does not count a membership begun "in the month" on a day inside it', async () => {
      const before = await actorDossier({ store }, 'FIN', { at: '2023-04-03' })
      expect(before.memberships.map((m) => m.id)).not.toContain('NATO')
      const after = await actorDossier({ store }, 'FIN', { at: '2023-05-01' })
      expect(after.memberships.map((m) => m.id)).toContain('NATO')
    })

    test('issue 14: a curated day-precision start wins over a coarser learned one', async () => {
      const ctx = { store, kb: KB }
      const before = await membersAt(ctx, 'NATO', { at: '2023-04-03', includeUncertain: true })
      expect(before.members.map((m) => m.member)).toEqual(['SWE', 'USA'])
      // the curated day settles the learned "2023-04": not even possibly
      expect(before.possibly).toEqual([])
      const on = await membersAt(ctx, 'NATO', { at: '2023-04-04' })
      expect(on.members.map((m) => [m.member, m.origin, m.from])).toEqual([
        ['FIN', 'both', '2023-04-04'],
        ['SWE', 'learned', '2022'],
        ['USA', 'curated', '1949-08-24'],
      ])
    })
  })
}

/** The built CLI on the sample corpus, as the issue reported it. */
const MAIN = resolve('dist/cli/main.js')

describe('entente query members on data/samples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-members-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const entente = (args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8' })

  test('issue 14: members NATO --at 2023-04-03 after ingesting data/samples does not list Finland', () => {
    expect(existsSync(MAIN), 'run npm run build first: dist/cli/main.js is missing').toBe(true)
    const db = join(dir, 's.db')
    expect(entente(['ingest', resolve('data/samples'), '--db', db, '--jobs', '1']).status).toBe(0)
    const before = entente(['query', 'members', 'NATO', '--at', '2023-04-03', '--db', db, '--json'])
    expect(before.status).toBe(0)
    const members = (JSON.parse(before.stdout) as { members: { member: string }[] }).members.map((m) => m.member)
    expect(members).toContain('USA')
    expect(members).not.toContain('FIN')
    const uncertain = entente(['query', 'members', 'NATO', '--at', '2023-04-03', '--db', db, '--include-uncertain'])
    expect(uncertain.status).toBe(0)
    expect(uncertain.stdout).not.toMatch(/FIN/)
    const after = entente(['query', 'members', 'NATO', '--at', '2023-04-04', '--db', db, '--json'])
    expect((JSON.parse(after.stdout) as { members: { member: string }[] }).members.map((m) => m.member)).toContain(
      'FIN',
    )
  }, 120_000)
})
