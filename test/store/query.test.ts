import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { QueryContext, QueryKb } from '../../src/query/index.js'
import {
  actorDossier,
  dyadSeries,
  eventEvidence,
  listEvents,
  loadQueryKb,
  membersAt,
  renderDossier,
  renderDyad,
  renderEvidence,
  renderMembers,
} from '../../src/query/index.js'
import type { Store } from '../../src/store/index.js'
import { allDocs } from './fixtures.js'
import { cleanup, DATABASES } from './helpers.js'

/** A small curated KB: NATO with dated accessions, and one person. */
const MEMBERSHIPS = [
  { member: 'USA', org: 'NATO', from: '1949-08-24' },
  { member: 'JPN', org: 'G7', from: '1975' },
  { member: 'SWE', org: 'NATO', from: '2024-03-07' },
]
const KB: QueryKb = {
  entity: (id) =>
    ({
      NATO: { id, kind: 'organization', name: 'NATO' },
      JPN: { id, kind: 'country', name: 'Japan' },
      'person:hayashi': { id, kind: 'person', name: 'Yoshimasa Hayashi' },
    })[id],
  membersAt: (org, date) => MEMBERSHIPS.filter((m) => m.org === org && date !== undefined && m.from <= date),
  membershipsOf: (member, date) =>
    MEMBERSHIPS.filter((m) => m.member === member && date !== undefined && m.from <= date),
  rolesAt: (person, date) =>
    person === 'person:hayashi' && date >= '2021-11-10' && date <= '2023-09-13'
      ? [{ person, title: 'Foreign Minister', of: 'JPN', from: '2021-11-10', to: '2023-09-13' }]
      : [],
}

afterAll(cleanup)

for (const db of DATABASES) {
  describe(db.name, () => {
    let store: Store
    let ctx: QueryContext
    let ids: string[]
    beforeAll(async () => {
      store = await db.open()
      ids = []
      for (const doc of allDocs()) ids.push((await store.putDoc(doc)).id)
      ctx = { store, kb: KB }
    })
    afterAll(() => store.close())

    test('members of NATO: Finland (learned) from 2023-04-04, never before', async () => {
      const before = await membersAt(ctx, 'NATO', { at: '2023-04-03' })
      expect(before.members.map((m) => m.member)).toEqual(['USA'])
      const after = await membersAt(ctx, 'NATO', { at: '2023-04-05' })
      expect(after.members.map((m) => [m.member, m.origin])).toEqual([
        ['FIN', 'learned'],
        ['USA', 'curated'],
      ])
      expect(after.members[0]?.evidence[0]?.evidence).toBe('Finland became the 31st member of NATO')
      const later = await membersAt(ctx, 'NATO', { at: '2024-04-01' })
      expect(later.members.map((m) => m.member)).toEqual(['FIN', 'SWE', 'USA'])
      expect(renderMembers(after)).toContain('FIN')
    })

    test('members with the curated KB: Finland in NATO from 2023-04-04', async () => {
      const kb = await loadQueryKb()
      const on = async (at: string) => (await membersAt({ store, kb }, 'NATO', { at })).members.map((m) => m.member)
      expect(await on('2023-04-03')).not.toContain('FIN')
      expect(await on('2023-04-05')).toContain('FIN')
      const after = await membersAt({ store, kb }, 'NATO', { at: '2023-04-05' })
      expect(after.members.find((m) => m.member === 'FIN')?.origin).toBe('both')
      expect(after.members.find((m) => m.member === 'USA')?.origin).toBe('curated')
    })

    test('members without a KB: learned facts only', async () => {
      const result = await membersAt({ store }, 'NATO', { at: '2023-04-05' })
      expect(result.members.map((m) => m.member)).toEqual(['FIN'])
    })

    test('dossier of Japan', async () => {
      const d = await actorDossier(ctx, 'JPN', { at: '2023-12-31' })
      expect(d.actor).toMatchObject({ id: 'JPN', name: 'Japan', curated: true })
      expect(d.memberships.map((m) => m.id)).toEqual(['G7'])
      // The meeting (2 reports + a copy) counts once; the July talks are a second happening; the agreement a third.
      expect(d.partners).toEqual([{ actor: 'NATO', clusters: 3, goldstein: 13.6 }])
      expect(d.quadCounts).toEqual({ '1': 3, '2': 0, '3': 0, '4': 0 })
      expect(d.recentEvents[0]?.date).toBe('2023-07-19')
      expect(d.recentEvents.every((e) => e.nearDuplicateOf === null)).toBe(true)
      expect(renderDossier(d)).toContain('Top partners')
    })

    test('dossier of a person lists their office at the date', async () => {
      const d = await actorDossier(ctx, 'person:hayashi', { at: '2023-04-04' })
      expect(d.offices).toMatchObject([{ id: 'JPN', title: 'Foreign Minister', origin: 'curated' }])
      expect((await actorDossier(ctx, 'person:hayashi', { at: '2024-01-01' })).offices).toEqual([])
    })

    test('dyad series by month counts each happening once', async () => {
      const s = await dyadSeries(ctx, { a: 'JPN', b: 'NATO' }, { from: '2023-01-01', to: '2023-12-31', by: 'month' })
      expect(s.periods.map((p) => [p.period, p.source, p.counts['1'], p.goldstein])).toEqual([
        ['2023-04', 'JPN', 2, 10.8],
        ['2023-07', 'JPN', 1, 2.8],
      ])
      const weekly = await dyadSeries(ctx, { a: 'RUS', b: 'UKR' }, { from: '2023-01-01', to: '2023-12-31', by: 'week' })
      expect(weekly.unplaced).toBe(1)
      const yearly = await dyadSeries(ctx, { a: 'RUS', b: 'UKR' }, { from: '2023-01-01', to: '2023-12-31', by: 'year' })
      expect(yearly.periods).toMatchObject([{ period: '2023', counts: { '4': 1 }, goldstein: -10 }])
      expect(renderDyad(s)).toContain('2023-04')
    })

    test('events: filters by actor, target, code, dates and negation', async () => {
      expect((await listEvents(ctx, { actor: 'JPN' })).length).toBe(6)
      expect((await listEvents(ctx, { actor: 'JPN', target: 'CHN' })).map((e) => e.cameo)).toEqual(['111'])
      expect((await listEvents(ctx, { code: '04' })).map((e) => e.cameo).sort()).toEqual(['040', '043', '043', '043'])
      expect((await listEvents(ctx, { negated: true })).map((e) => e.cameo)).toEqual(['111'])
      expect((await listEvents(ctx, { from: '2023-05-15', to: '2023-12-31' })).map((e) => e.date)).toEqual([
        '2023-07-19',
        '2023-05',
      ])
      expect(await listEvents(ctx, { limit: 2 })).toHaveLength(2)
    })

    test('evidence: every report of the happening, sentence and marked words', async () => {
      const result = await eventEvidence(ctx, `${ids[0]}:e1`)
      expect(result.reports.map((r) => r.article.id)).toEqual([ids[0], ids[1], ids[2]])
      const first = result.reports[0]
      expect(first?.evidence.text).toBe('Hayashi met NATO')
      expect(first?.sentence.text.slice(first.evidence.start, first.evidence.end)).toBe('Hayashi met NATO')
      expect(result.reports[1]?.nearDuplicateOf).toBe(ids[0])
      expect(renderEvidence(result, false)).toContain('[Hayashi met NATO]')
      expect(renderEvidence(result, true)).toContain('\x1b[4m')
    })

    test('unknown actor and unknown event are input errors', async () => {
      await expect(actorDossier(ctx, 'XXX', { at: '2023-01-01' })).rejects.toMatchObject({
        code: 'query.unknown-actor',
      })
      await expect(membersAt(ctx, 'NOPE', { at: '2023-01-01' })).rejects.toMatchObject({ code: 'query.unknown-actor' })
      await expect(
        dyadSeries(ctx, { a: 'JPN', b: 'ZZZ' }, { from: '2023-01-01', to: '2023-02-01', by: 'month' }),
      ).rejects.toMatchObject({
        code: 'query.unknown-actor',
      })
      await expect(eventEvidence(ctx, 'nope:e1')).rejects.toMatchObject({ code: 'query.unknown-event' })
    })
  })
}
