import type { Store } from '../store/index.js'
import { loadKb } from '../kb/index.js'
import { tsvCell } from './cells.js'
import { eventCondition } from './filter.js'
import { actorColumns } from './gdelt-actor.js'
import { geoColumns } from './geo.js'
import { CHUNK, entityNames, type ExportOptions } from './names.js'

/** The 61 columns of a GDELT 2.0 event record, in GDELT's order. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode',
  'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode',
  'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL',
] as const // prettier-ignore

type Names = Awaited<ReturnType<typeof entityNames>>

/**
 * GDELT 2.0 event TSV, no header (as GDELT ships it): one row per happening (cluster), counted once, with
 * NumMentions = reports, NumArticles = reporting articles, SOURCEURL = the first report. Codes stay strings
 * ("043"). A month-precision date is written as the first of the month; undated happenings are left out.
 * Actor type, known-group and religion codes come from each side's CAMEO actor code (gdelt-actor.ts); fields we do
 * not produce (ethnic codes, tone, the actors' geo columns) are empty; ActionGeo comes from the event's place (see
 * geo.ts).
 */
export async function* gdeltTsv(store: Store, options: ExportOptions = {}): AsyncGenerator<string> {
  const names = await entityNames(store)
  let undatedQuery = store.db
    .selectFrom('event_clusters')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('date', 'is', null)
  const undatedCondition = eventCondition(options.filter, 'event_clusters')
  if (undatedCondition !== undefined) undatedQuery = undatedQuery.where(undatedCondition)
  const undated = await undatedQuery.executeTakeFirst()
  if (Number(undated?.n ?? 0) > 0) options.note?.(`${undated?.n} undated events left out: GDELT rows need a date`)
  let query = store.db
    .selectFrom('event_clusters as c')
    .innerJoin('articles as a', 'a.id', 'c.first_article')
    .innerJoin('events as e', 'e.id', 'c.first_event')
    .select(['c.num', 'c.date', 'c.source', 'c.target', 'c.cameo', 'c.quad', 'c.goldstein', 'c.reports', 'c.articles'])
    .select(['e.sentence', 'e.place', 'e.source_code', 'e.target_code', 'a.url', 'a.source as article_source'])
    .select(['a.ingested_at'])
    .select((eb) =>
      eb
        .selectFrom('events as r')
        .innerJoin('articles as ra', 'ra.id', 'r.article_id')
        .select((sub) =>
          sub.fn
            .count(sub.fn.coalesce('ra.source_name', 'ra.url', 'ra.id'))
            .distinct()
            .as('n'),
        )
        .whereRef('r.cluster_id', '=', 'c.id')
        .as('sources'),
    )
    .where('c.date', 'is not', null)
  const condition = eventCondition(options.filter, 'c')
  if (condition !== undefined) query = query.where(condition)
  const rows = query.orderBy('c.num').stream(CHUNK)
  for await (const row of rows) yield `${gdeltRow(row, names).map(tsvCell).join('\t')}\n`
}

interface ClusterRow {
  num: number
  date: string | null
  source: string | null
  target: string | null
  cameo: string
  quad: number
  goldstein: number
  reports: number
  articles: number
  sentence: number
  place: string | null
  source_code: string | null
  target_code: string | null
  url: string | null
  article_source: string
  ingested_at: string
  sources: string | number | bigint | null
}

function gdeltRow(row: ClusterRow, names: Names): (string | number | null)[] {
  const date = row.date ?? ''
  const [year = '', month = '01', day = '01'] = date.slice(0, 10).split('-')
  const fraction = (Number(year) + (Number(month) * 30 + Number(day)) / 365).toFixed(4)
  const added = row.ingested_at.replace(/\D/g, '').slice(0, 14)
  const sourceUrl = row.url ?? (JSON.parse(row.article_source) as { path?: string }).path ?? ''
  return [
    row.num, `${year}${month}${day}`, `${year}${month}`, year, fraction,
    ...actorColumns(row.source, row.source_code, nameOf(row.source, names)),
    ...actorColumns(row.target, row.target_code, nameOf(row.target, names)),
    row.sentence <= 1 ? 1 : 0, row.cameo, row.cameo.slice(0, 3), row.cameo.slice(0, 2), row.quad, row.goldstein,
    row.reports, Number(row.sources ?? row.articles), row.articles, '',
    ...emptyGeo(), ...emptyGeo(),
    ...geoColumns(row.place),
    added, sourceUrl,
  ] // prettier-ignore
}

/** The stored entity's name; an actor only named through a group (LBN for Hezbollah) takes the KB's. */
function nameOf(id: string | null, names: Names): string | undefined {
  return id === null ? undefined : (names.get(id)?.name ?? loadKb().entity(id)?.name)
}

function emptyGeo(): string[] {
  return ['', '', '', '', '', '', '', '']
}
