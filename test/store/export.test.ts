import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  csvCell,
  EXPORT_FORMATS,
  exportStream,
  GDELT_COLUMNS,
  type ExportFilter,
  type ExportFormat,
} from '../../src/export/index.js'
import type { Store } from '../../src/store/index.js'
import { allDocs } from './fixtures.js'
import { cleanup, DATABASES } from './helpers.js'

afterAll(cleanup)

async function collect(store: Store, format: ExportFormat, notes: string[] = []): Promise<string> {
  let out = ''
  for await (const chunk of exportStream(store, format, { note: (m) => notes.push(m) })) out += chunk
  return out
}

test('csv cells are safe from formula injection', () => {
  expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)")
  expect(csvCell('+1')).toBe("'+1")
  expect(csvCell('-1')).toBe("'-1")
  expect(csvCell('@cmd')).toBe("'@cmd")
  expect(csvCell('\tx')).toBe("'\tx")
  expect(csvCell('\rx')).toBe('"\'\rx"')
  expect(csvCell('a,"b"')).toBe('"a,""b"""')
  expect(csvCell(-2.5)).toBe('-2.5')
  expect(csvCell(null)).toBe('')
})

for (const db of DATABASES) {
  describe(db.name, () => {
    let store: Store
    beforeAll(async () => {
      store = await db.open()
      for (const doc of allDocs()) await store.putDoc(doc)
    })
    afterAll(() => store.close())

    test('GDELT TSV: 61 columns per row, codes kept as strings, one row per happening', async () => {
      const rows = (await collect(store, 'gdelt'))
        .trimEnd()
        .split('\n')
        .map((line) => line.split('\t'))
      expect(GDELT_COLUMNS).toHaveLength(61)
      expect(rows).toHaveLength(5)
      for (const row of rows) expect(row).toHaveLength(61)
      const col = (name: (typeof GDELT_COLUMNS)[number]) => GDELT_COLUMNS.indexOf(name)
      const meeting = rows[0] as string[]
      expect(meeting[col('GLOBALEVENTID')]).toBe('1')
      expect(meeting[col('SQLDATE')]).toBe('20230404')
      expect(meeting[col('MonthYear')]).toBe('202304')
      expect(meeting[col('EventCode')]).toBe('043')
      expect(meeting[col('EventBaseCode')]).toBe('043')
      expect(meeting[col('EventRootCode')]).toBe('04')
      expect(meeting[col('Actor1Code')]).toBe('JPN')
      expect(meeting[col('Actor1CountryCode')]).toBe('JPN')
      expect(meeting[col('Actor2KnownGroupCode')]).toBe('NATO')
      expect(meeting[col('NumMentions')]).toBe('3')
      expect(meeting[col('NumArticles')]).toBe('3')
      expect(meeting[col('QuadClass')]).toBe('1')
      expect(meeting[col('DATEADDED')]).toMatch(/^\d{14}$/)
      const shelling = rows.find((row) => row[col('EventCode')] === '190') as string[]
      expect(shelling[col('SQLDATE')]).toBe('20230501')
      expect(shelling[col('GoldsteinScale')]).toBe('-10')
    })

    test('PLOVER JSON lines: required fields, copies left out', async () => {
      const records = (await collect(store, 'plover'))
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line))
      expect(records).toHaveLength(6)
      for (const r of records) {
        expect(r).toHaveProperty('id')
        expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(Array.isArray(r.actor)).toBe(true)
        expect(Array.isArray(r.event)).toBe(true)
      }
      const agree = records.find((r) => r.entente.cameo === '057')
      expect(agree).toMatchObject({
        event: ['AGREE'],
        actor: [{ code: 'JPN' }],
        recipient: [{ code: 'NATO' }],
        quad_code: 1,
      })
      expect(agree.event_text).toEqual(['agreed to deepen cooperation'])
      expect(records.find((r) => r.entente.cameo === '190')).toMatchObject({
        date: '2023-05-01',
        enddate: '2023-05-31',
      })
    })

    test('CSV: header, every report, injection-looking evidence escaped', async () => {
      const lines = (await collect(store, 'csv')).trimEnd().split('\r\n')
      expect(lines[0]?.startsWith('event_id,article_id,near_duplicate_of')).toBe(true)
      expect(lines).toHaveLength(1 + 7)
      const shelling = lines.find((line) => line.includes(',190,'))
      expect(shelling).toContain(`"'=HYPERLINK(""http://x"") Russia shelled"`)
      expect(lines.slice(1).every((line) => /^[0-9a-f]{16}:e\d/.test(line))).toBe(true)
    })

    test('GraphML: actors as nodes, dyads as weighted edges', async () => {
      const xml = await collect(store, 'graphml')
      const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml)
      const graph = parsed.graphml.graph
      expect(graph.edgedefault).toBe('directed')
      expect(graph.node.map((n: { id: string }) => n.id)).toEqual(['JPN', 'NATO', 'RUS', 'UKR'])
      const edges = graph.edge.map(
        (e: { source: string; target: string; data: { key: string; '#text': number }[] }) => [
          e.source,
          e.target,
          e.data.find((d) => d.key === 'weight')?.['#text'],
        ],
      )
      expect(edges).toEqual([
        ['JPN', 'NATO', 3],
        ['RUS', 'UKR', 1],
      ])
    })

    test('JSON-LD: context, actors, events with evidence selectors, facts', async () => {
      const doc = JSON.parse(await collect(store, 'jsonld'))
      expect(doc['@context']['oa']).toBe('http://www.w3.org/ns/oa#')
      const types = doc['@graph'].map((n: { '@type': unknown }) => JSON.stringify(n['@type']))
      expect(types.filter((t: string) => t === '"Event"')).toHaveLength(6)
      const fact = doc['@graph'].find((n: { '@id': string }) => n['@id'].startsWith('fact:'))
      expect(fact).toMatchObject({
        relation: 'member_of',
        subject: 'actor:FIN',
        object: 'actor:NATO',
        startTime: '2023-04-04',
      })
      expect(fact.evidence.hasSelector[0].exact).toBe('Finland became the 31st member of NATO')
    })

    test('undated events are reported, not silently dropped', async () => {
      const undated = await db.open()
      const { makeDoc } = await import('./helpers.js')
      await undated.putDoc(
        makeDoc('China warned Taiwan again, officials in Taipei said, without saying when the warning came.', {
          events: [
            { source: 'CHN', target: 'TWN', cameo: '138', evidence: 'China warned Taiwan', quad: 3, goldstein: -7 },
          ],
        }),
      )
      const notes: string[] = []
      expect(await collect(undated, 'gdelt', notes)).toBe('')
      expect(notes).toEqual(['1 undated events left out: GDELT rows need a date'])
      expect((await collect(undated, 'csv')).split('\r\n')).toHaveLength(3)
      await undated.close()
    })

    test('issue 11: a filtered export holds only the matching events; an empty filter changes nothing', async () => {
      const run = async (format: ExportFormat, filter: ExportFilter | undefined) => {
        let out = ''
        for await (const chunk of exportStream(store, format, { filter })) out += chunk
        return out
      }
      for (const format of EXPORT_FORMATS) expect(await run(format, {}), format).toBe(await collect(store, format))
      const csvRows = (text: string) =>
        text
          .trimEnd()
          .split('\r\n')
          .slice(1)
          .map((row) => row.split(','))
      const all = csvRows(await run('csv', undefined))
      const jpn = csvRows(await run('csv', { actor: 'JPN', from: '2023-01-01' }))
      const expected = all.filter((row) => row[6] === 'JPN' && (row[4] ?? '') >= '2023')
      expect(jpn.length).toBeGreaterThan(0)
      expect(jpn.length).toBeLessThan(all.length)
      expect(jpn.map((row) => row[0])).toEqual(expected.map((row) => row[0]))
      const gdelt = (await run('gdelt', { root: '04', quad: 1 })).trimEnd().split('\n')
      expect(gdelt.length).toBeGreaterThan(0)
      for (const row of gdelt.map((line) => line.split('\t'))) expect([row[28], row[29]]).toEqual(['04', '1'])
      const graph = await run('graphml', { involving: 'JPN' })
      const edges = [...graph.matchAll(/<edge id="[^"]+" source="([^"]+)" target="([^"]+)"/g)]
      expect(edges.length).toBeGreaterThan(0)
      for (const [, source, target] of edges) expect([source, target]).toContain('JPN')
      const jsonld = JSON.parse(await run('jsonld', { actor: 'JPN' })) as { '@graph': Record<string, unknown>[] }
      const events = jsonld['@graph'].filter((node) => node['@type'] === 'Event')
      expect(events.length).toBeGreaterThan(0)
      for (const event of events) expect(event.source).toBe('actor:JPN')
      expect(jsonld['@graph'].some((node) => node['@id'] === 'actor:JPN')).toBe(true)
      const named = new Set(events.flatMap((event) => [event.source, event.target]))
      for (const node of jsonld['@graph'].filter((n) => n['@type'] === 'Actor')) expect(named).toContain(node['@id'])
    })
  })
}

describe('issue 12: the same store in SQLite and in PostgreSQL', () => {
  test('every export format gives the same bytes', async () => {
    const stores = await Promise.all(DATABASES.map((db) => db.open()))
    for (const store of stores) {
      for (const doc of allDocs()) await store.putDoc(doc)
      // the ingest time is the one thing two ingests do not share
      await store.db.updateTable('articles').set({ ingested_at: '2024-01-02T03:04:05.000Z' }).execute()
    }
    for (const format of EXPORT_FORMATS) {
      const [sqlite, ...others] = await Promise.all(stores.map((store) => collect(store, format)))
      expect(sqlite?.length, format).toBeGreaterThan(100)
      for (const other of others) expect(other, format).toBe(sqlite)
    }
    await Promise.all(stores.map((store) => store.close()))
  })
})
