import { z } from 'zod'
import { isDay, isPartialDate } from '../kb/index.js'

/** Request and response shapes: the validators, the serializers and the OpenAPI document all come from these. */

/** Arrays as the query module returns them (read-only). */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly()

export const Day = z
  .string()
  .refine((value) => value.length === 10 && isDay(value), { message: 'expected a date written YYYY-MM-DD' })
  .meta({ example: '2023-04-05' })
export const PartialDate = z
  .string()
  .refine(isPartialDate, { message: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
  .meta({ example: '2023-04' })
export const ActorId = z.string().min(1).max(120).meta({ description: 'actor id (JPN, NATO, person:…)' })

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string().optional(),
    field: z.string().optional(),
    hint: z.string().optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' })

/** A problem response as the OpenAPI document names it: application/problem+json. */
export function problem(description: string) {
  return { description, content: { 'application/problem+json': { schema: Problem } } }
}

const Quad = z.number().int().min(1).max(4)
const QuadCounts = z.object({ 1: z.number().int(), 2: z.number().int(), 3: z.number().int(), 4: z.number().int() })

export const EventRow = z
  .object({
    id: z.string(),
    article: z.string(),
    source: z.string().nullable(),
    target: z.string().nullable(),
    cameo: z.string(),
    plover: z.string().nullable(),
    quad: Quad,
    goldstein: z.number(),
    negated: z.boolean(),
    modality: z.string(),
    date: z.string().nullable(),
    datePrecision: z.string().nullable(),
    confidence: z.number(),
    cluster: z.string().nullable(),
    nearDuplicateOf: z.string().nullable(),
    evidence: z.string(),
  })
  .meta({ id: 'EventRow' })

export const SearchResult = z.object({
  q: z.string(),
  hits: list(z.object({ id: z.string(), name: z.string(), kind: z.string(), origin: z.enum(['curated', 'learned']) })),
})

const ActorInfo = z.object({ id: z.string(), name: z.string(), kind: z.string(), curated: z.boolean() })
const DatedLink = z.object({
  id: z.string(),
  title: z.string().optional(),
  of: z.string().optional(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  origin: z.enum(['curated', 'learned', 'both']),
  evidence: z.string().optional(),
  statements: z.number().int().optional(),
})

export const Dossier = z
  .object({
    actor: ActorInfo,
    at: z.string(),
    memberships: list(DatedLink),
    offices: list(DatedLink),
    partners: list(z.object({ actor: z.string(), clusters: z.number().int(), goldstein: z.number() })),
    quadCounts: QuadCounts,
    recentEvents: list(EventRow),
  })
  .meta({ id: 'Dossier' })

export const Members = z.object({
  org: z.string(),
  name: z.string(),
  at: z.string(),
  members: list(
    z.object({
      member: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      status: z.string().optional(),
      origin: z.enum(['curated', 'learned', 'both']),
      evidence: list(z.object({ article: z.string(), evidence: z.string(), confidence: z.number() })),
      statements: z.number().int(),
    }),
  ),
})

export const Dyad = z.object({
  a: z.string(),
  b: z.string(),
  from: z.string(),
  to: z.string(),
  by: z.enum(['week', 'month', 'year']),
  periods: list(
    z.object({
      period: z.string(),
      source: z.string(),
      target: z.string(),
      counts: QuadCounts,
      events: z.number().int(),
      goldstein: z.number(),
    }),
  ),
  unplaced: z.number().int(),
})

export const EventPage = z.object({ events: list(EventRow), next: z.string().nullable() })

const Local = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })
export const EventDetail = EventRow.extend({
  cameoName: z.string().nullable(),
  trigger: z.string(),
  reports: list(
    z.object({
      event: z.string(),
      article: z.object({
        id: z.string(),
        title: z.string().nullable(),
        url: z.string().nullable(),
        published: z.string().nullable(),
        source: z.string(),
      }),
      nearDuplicateOf: z.string().nullable(),
      sentence: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }),
      evidence: Local,
      trigger: Local,
    }),
  ),
}).meta({ id: 'EventDetail' })

const Span = { start: z.number().int(), end: z.number().int() }
export const Article = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    source: z.string(),
    published: z.string().nullable(),
    nearDuplicateOf: z.string().nullable(),
    text: z.string(),
    zones: list(
      z.object({ ...Span, kind: z.enum(['headline', 'byline', 'body', 'debris']), reason: z.string().optional() }),
    ),
    sentences: list(z.object(Span)),
    mentions: list(
      z.object({ ...Span, id: z.string(), text: z.string(), type: z.string(), entity: z.string().nullable() }),
    ),
    events: list(z.object({ ...Span, id: z.string(), cameo: z.string(), trigger: z.object(Span) })),
    facts: list(z.object({ ...Span, id: z.string(), relation: z.string(), subject: z.string(), object: z.string() })),
  })
  .meta({ id: 'Article' })

export const Network = z.object({
  from: z.string(),
  to: z.string(),
  actor: z.string().nullable(),
  nodes: list(
    z.object({
      id: z.string(),
      label: z.string().describe('what a graph draws: the id when it is a code (JPN), else a CAMEO code (WST) or name'),
      name: z.string(),
    }),
  ),
  edges: list(z.object({ source: z.string(), target: z.string(), events: z.number().int(), goldstein: z.number() })),
})

export const IngestReply = z.object({
  stored: z.number().int(),
  duplicate: z.number().int(),
  failed: z.number().int(),
  results: list(
    z.object({
      status: z.enum(['stored', 'duplicate', 'failed']),
      id: z.string().nullable(),
      input: z.string(),
      reason: z.string().optional(),
      nearDuplicateOf: z.string().optional(),
    }),
  ),
})

export const Health = z.object({ status: z.literal('ok'), schema: z.number().int() })
