import { sql, type SqlBool } from 'kysely'
import type { Store } from '../store/index.js'
import { xmlText } from './cells.js'
import { eventCondition } from './filter.js'
import { CHUNK, entityNames, type ExportOptions } from './names.js'

const KEYS = [
  ['label', 'node', 'string'],
  ['kind', 'node', 'string'],
  ['weight', 'edge', 'double'],
  ['events', 'edge', 'int'],
  ['goldstein', 'edge', 'double'],
  ['verbal_coop', 'edge', 'int'],
  ['material_coop', 'edge', 'int'],
  ['verbal_conflict', 'edge', 'int'],
  ['material_conflict', 'edge', 'int'],
] as const

/**
 * GraphML for Gephi: actors as nodes, one directed edge per dyad weighted by its happenings (clusters, counted
 * once; negated reports left out), with the Goldstein sum and counts per quad class.
 */
export async function* graphml(store: Store, options: ExportOptions = {}): AsyncGenerator<string> {
  const names = await entityNames(store)
  yield '<?xml version="1.0" encoding="UTF-8"?>\n'
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
  for (const [id, target, type] of KEYS) {
    yield `  <key id="${id}" for="${target}" attr.name="${id}" attr.type="${type}"/>\n`
  }
  yield '  <graph id="entente" edgedefault="directed">\n'
  // with a filter, only the happenings it matches (and so only their actors); without, every one as before
  const matching = eventCondition(options.filter, 'event_clusters') ?? sql<SqlBool>`1 = 1`
  const actors = store.db
    .selectFrom('event_clusters')
    .select('source as actor')
    .where('source', 'is not', null)
    .where('target', 'is not', null)
    .where('negated', '=', 0)
    .where(matching)
    .union((eb) =>
      eb
        .selectFrom('event_clusters')
        .select('target as actor')
        .where('target', 'is not', null)
        .where('source', 'is not', null)
        .where('negated', '=', 0)
        .where(matching),
    )
    .orderBy('actor')
    .stream(CHUNK)
  for await (const { actor } of actors) {
    if (actor === null) continue
    const known = names.get(actor)
    yield `    <node id="${xmlText(actor)}"><data key="label">${xmlText(known?.name ?? actor)}</data><data key="kind">${xmlText(known?.kind ?? 'unknown')}</data></node>\n`
  }
  const dyads = store.db
    .selectFrom('event_clusters')
    .select((eb) => [
      'source',
      'target',
      eb.fn.countAll<number>().as('events'),
      eb.fn.sum<number>('goldstein').as('goldstein'),
      eb.fn.sum<number>(eb.case().when('quad', '=', 1).then(1).else(0).end()).as('q1'),
      eb.fn.sum<number>(eb.case().when('quad', '=', 2).then(1).else(0).end()).as('q2'),
      eb.fn.sum<number>(eb.case().when('quad', '=', 3).then(1).else(0).end()).as('q3'),
      eb.fn.sum<number>(eb.case().when('quad', '=', 4).then(1).else(0).end()).as('q4'),
    ])
    .where('source', 'is not', null)
    .where('target', 'is not', null)
    .where('negated', '=', 0)
    .where(matching)
    .groupBy(['source', 'target'])
    .orderBy('source')
    .orderBy('target')
    .stream(CHUNK)
  let n = 0
  for await (const d of dyads) {
    const data = [
      ['weight', Number(d.events)],
      ['events', Number(d.events)],
      ['goldstein', Math.round(Number(d.goldstein) * 1000) / 1000],
      ['verbal_coop', Number(d.q1)],
      ['material_coop', Number(d.q2)],
      ['verbal_conflict', Number(d.q3)],
      ['material_conflict', Number(d.q4)],
    ] as const
    const body = data.map(([key, value]) => `<data key="${key}">${value}</data>`).join('')
    yield `    <edge id="d${n++}" source="${xmlText(d.source ?? '')}" target="${xmlText(d.target ?? '')}">${body}</edge>\n`
  }
  yield '  </graph>\n</graphml>\n'
}
