import { sql, type Kysely } from 'kysely'
import type { Database } from '../store/index.js'

/** 40 actors: the first ones are the ones the latency queries ask about. */
export const BULK_ACTORS = [
  'JPN', 'NATO', 'USA', 'CHN', 'RUS', 'UKR', 'FRA', 'DEU', 'GBR', 'IND', 'BRA', 'ZAF', 'TUR', 'IRN', 'ISR', 'SAU',
  'EGY', 'NGA', 'KEN', 'ETH', 'MEX', 'CAN', 'ARG', 'CHL', 'KOR', 'PRK', 'AUS', 'IDN', 'PHL', 'VNM', 'THA', 'PAK',
  'POL', 'ITA', 'ESP', 'SWE', 'FIN', 'NOR', 'EU', 'ASEAN',
] as const // prettier-ignore
export const BULK_ORGS = ['NATO', 'EU', 'G7', 'G20', 'ASEAN', 'AU', 'OPEC', 'SCO', 'BRICS', 'OSCE'] as const

const CODES = [
  ['010', '01', 3, 0], ['036', '03', 1, 4], ['043', '04', 1, 2.8], ['057', '05', 1, 8], ['061', '06', 2, 6.4],
  ['071', '07', 2, 7.4], ['112', '11', 3, -2], ['138', '13', 3, -7], ['163', '16', 4, -5.6], ['190', '19', 4, -10],
] as const // prettier-ignore

/**
 * Fills an empty store with `events` generated events (one report per happening, 20 per article) and learned
 * membership facts, with recursive SQL inserts: fast, deterministic, and no NLP involved.
 */
export async function fillBulk(db: Kysely<Database>, events: number): Promise<void> {
  const articles = Math.ceil(events / 20)
  await sql`create temp table bench_actors (k integer primary key, id text not null)`.execute(db)
  await sql`create temp table bench_orgs (k integer primary key, id text not null)`.execute(db)
  await sql`create temp table bench_codes (k integer primary key, cameo text, root text, quad integer, goldstein real)`.execute(
    db,
  )
  await db.transaction().execute(async (trx) => {
    for (const [k, id] of BULK_ACTORS.entries()) await sql`insert into bench_actors values (${k}, ${id})`.execute(trx)
    for (const [k, id] of BULK_ORGS.entries()) await sql`insert into bench_orgs values (${k}, ${id})`.execute(trx)
    for (const [k, [cameo, root, quad, goldstein]] of CODES.entries()) {
      await sql`insert into bench_codes values (${k}, ${cameo}, ${root}, ${quad}, ${goldstein})`.execute(trx)
    }
    await sql`
      with recursive n(i) as (select 0 union all select i + 1 from n where i < ${articles - 1})
      insert into articles (id, seq, text, title, url, source, source_name, published, ingested_at, zones, sentences,
        diagnostics, near_duplicate_of)
      select 'art' || i, i + 1, 'Bench article ' || i, null, null, '{"kind":"text","path":"bench"}', null,
        date('2015-01-01', '+' || (i % 3650) || ' days'), '2024-01-01T00:00:00Z', '[]', '[]', '[]', null from n
    `.execute(trx)
    const n = sql`with recursive n(i) as (select 0 union all select i + 1 from n where i < ${events - 1})`
    const pick = sql`from n
      join bench_actors s on s.k = i % 40
      join bench_actors t on t.k = (i / 40 + 1 + i % 40) % 40
      join bench_codes c on c.k = (i / 7) % 10`
    const day = sql`date('2015-01-01', '+' || ((i * 7919) % 3650) || ' days')`
    await sql`${n}
      insert into event_clusters (id, num, rule_version, source, target, root, cameo, quad, goldstein, negated, date,
        date_precision, first_event, first_article, reports, articles)
      select 'art' || (i / 20) || ':e' || (i % 20), i + 1, 1, s.id, t.id, c.root, c.cameo, c.quad, c.goldstein,
        case when i % 50 = 0 then 1 else 0 end, ${day}, 'day', 'art' || (i / 20) || ':e' || (i % 20), 'art' || (i / 20), 1, 1
      ${pick}
    `.execute(trx)
    await sql`${n}
      insert into events (id, article_id, local_id, ord, source, source_mention, source_via, target, target_mention,
        target_via, cameo, root, plover, goldstein, quad, negated, modality, date, date_precision, date_after, place,
        confidence, trigger_start, trigger_end, evidence_start, evidence_end, evidence_text, sentence, rule, cluster_id)
      select 'art' || (i / 20) || ':e' || (i % 20), 'art' || (i / 20), 'e' || (i % 20), i % 20, s.id, null, null, t.id,
        null, null, c.cameo, c.root, null, c.goldstein, c.quad, case when i % 50 = 0 then 1 else 0 end, 'asserted',
        ${day}, 'day', null, null, 0.9, 0, 5, 0, 13, 'Bench article', 0, 'bench', 'art' || (i / 20) || ':e' || (i % 20)
      ${pick}
    `.execute(trx)
    const facts = Math.min(100_000, events / 10)
    await sql`
      with recursive n(i) as (select 0 union all select i + 1 from n where i < ${facts - 1})
      insert into facts (id, article_id, local_id, relation, subject, object, valid_from, valid_to, start_after, at,
        attributes, learned, confidence, evidence_start, evidence_end, evidence_text)
      select 'art' || (i % ${sql.lit(articles)}) || ':f' || i, 'art' || (i % ${sql.lit(articles)}), 'f' || i, 'member_of', s.id, o.id,
        date('2000-01-01', '+' || ((i * 31) % 9000) || ' days'), null, null, null, '{}', 1, 0.7, 0, 13, 'Bench article'
      from n join bench_actors s on s.k = i % 40 join bench_orgs o on o.k = (i / 40) % 10
    `.execute(trx)
    // the same counting ingest does, so queries read what they read after a real ingest
    await sql`
      insert into fact_holdings (relation, object, subject, valid_from, valid_to, statements)
      select relation, object, subject, coalesce(valid_from, ''), coalesce(valid_to, ''), count(*)
      from facts group by 1, 2, 3, 4, 5
    `.execute(trx)
  })
}
