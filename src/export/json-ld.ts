import type { Store } from '../store/index.js'
import { streamEvents } from './event-stream.js'
import { eventCondition } from './filter.js'
import { CHUNK, entityNames, type ExportOptions } from './names.js'

/** The JSON-LD context: our terms, schema.org, W3C Web Annotation (evidence selectors) and PROV-O. */
export const JSON_LD_CONTEXT = {
  '@vocab': 'https://entente.dev/ns#',
  entente: 'https://entente.dev/ns#',
  actor: 'https://entente.dev/id/actor/',
  article: 'https://entente.dev/id/article/',
  event: 'https://entente.dev/id/event/',
  fact: 'https://entente.dev/id/fact/',
  schema: 'https://schema.org/',
  oa: 'http://www.w3.org/ns/oa#',
  prov: 'http://www.w3.org/ns/prov#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  name: 'schema:name',
  url: { '@id': 'schema:url', '@type': '@id' },
  source: { '@id': 'entente:source', '@type': '@id' },
  target: { '@id': 'entente:target', '@type': '@id' },
  subject: { '@id': 'entente:subject', '@type': '@id' },
  object: { '@id': 'entente:object', '@type': '@id' },
  cluster: { '@id': 'entente:cluster', '@type': '@id' },
  wasDerivedFrom: { '@id': 'prov:wasDerivedFrom', '@type': '@id' },
  date: { '@id': 'entente:date' },
  startTime: { '@id': 'prov:startedAtTime' },
  endTime: { '@id': 'prov:endedAtTime' },
  goldstein: { '@id': 'entente:goldstein', '@type': 'xsd:double' },
  confidence: { '@id': 'entente:confidence', '@type': 'xsd:double' },
  evidence: { '@id': 'entente:evidence' },
  hasSource: { '@id': 'oa:hasSource', '@type': '@id' },
  hasSelector: { '@id': 'oa:hasSelector' },
  exact: 'oa:exact',
  start: { '@id': 'oa:start', '@type': 'xsd:nonNegativeInteger' },
  end: { '@id': 'oa:end', '@type': 'xsd:nonNegativeInteger' },
  TextQuoteSelector: 'oa:TextQuoteSelector',
  TextPositionSelector: 'oa:TextPositionSelector',
} as const

function evidence(article: string, start: number, end: number, exact: string) {
  return {
    hasSource: `article:${article}`,
    hasSelector: [
      { '@type': 'TextQuoteSelector', exact },
      { '@type': 'TextPositionSelector', start, end },
    ],
  }
}

/**
 * One JSON-LD document with the context inline: actors, event reports (near-duplicate copies left out) and
 * learned facts as reified statements, each with a Web Annotation evidence selector into its article.
 */
export async function* jsonLd(store: Store, options: ExportOptions = {}): AsyncGenerator<string> {
  const names = await entityNames(store)
  const actors = await filteredActors(store, options)
  yield `{"@context":${JSON.stringify(JSON_LD_CONTEXT)},"@graph":[\n`
  let first = true
  const item = (node: object) => {
    const line = `${first ? '' : ',\n'}${JSON.stringify(node)}`
    first = false
    return line
  }
  for (const [id, entity] of [...names].sort(([a], [b]) => a.localeCompare(b))) {
    if (actors !== undefined && !actors.has(id)) continue
    yield item({ '@id': `actor:${id}`, '@type': 'Actor', name: entity.name, kind: entity.kind })
  }
  for await (const e of streamEvents(store, { counted: true, dated: false, filter: options.filter })) {
    yield item({
      '@id': `event:${e.id}`,
      '@type': 'Event',
      ...(e.source ? { source: `actor:${e.source}` } : {}),
      ...(e.target ? { target: `actor:${e.target}` } : {}),
      cameo: e.cameo,
      ...(e.plover ? { plover: e.plover } : {}),
      quadClass: e.quad,
      goldstein: e.goldstein,
      negated: e.negated === 1,
      modality: e.modality,
      ...(e.date ? { date: e.date, datePrecision: e.date_precision } : {}),
      confidence: e.confidence,
      ...(e.cluster_id ? { cluster: `event:${e.cluster_id}` } : {}),
      wasDerivedFrom: `article:${e.article_id}`,
      evidence: evidence(e.article_id, e.evidence_start, e.evidence_end, e.evidence_text),
    })
  }
  const facts = store.db
    .selectFrom('facts as f')
    .innerJoin('articles as a', 'a.id', 'f.article_id')
    .selectAll('f')
    .where('a.near_duplicate_of', 'is', null)
    .orderBy('a.seq')
    .orderBy('f.id')
    .stream(CHUNK)
  for await (const f of facts) {
    if (actors !== undefined && !actors.has(f.subject) && !actors.has(f.object)) continue
    yield item({
      '@id': `fact:${f.id}`,
      '@type': ['Statement', 'prov:Entity'],
      relation: f.relation,
      subject: `actor:${f.subject}`,
      object: `actor:${f.object}`,
      ...(f.valid_from ? { startTime: f.valid_from } : {}),
      ...(f.valid_to ? { endTime: f.valid_to } : {}),
      learned: f.learned === 1,
      confidence: f.confidence,
      wasDerivedFrom: `article:${f.article_id}`,
      evidence: evidence(f.article_id, f.evidence_start, f.evidence_end, f.evidence_text),
    })
  }
  yield '\n]}\n'
}

/**
 * With a filter, the actors the matched events name: the document then lists only them, and only the facts about
 * one of them. Undefined (everyone, every fact) without a filter.
 */
async function filteredActors(store: Store, options: ExportOptions): Promise<Set<string> | undefined> {
  const condition = eventCondition(options.filter, 'e')
  if (condition === undefined) return undefined
  const rows = await store.db
    .selectFrom('events as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .select(['e.source', 'e.target'])
    .distinct()
    .where('a.near_duplicate_of', 'is', null)
    .where(condition)
    .execute()
  return new Set(rows.flatMap((row) => [row.source, row.target]).filter((id): id is string => id !== null))
}
