/** The HTTP API as the UI uses it: typed answers, and problem details turned into errors. */

export interface EventRow {
  id: string
  article: string
  source: string | null
  target: string | null
  cameo: string
  plover: string | null
  quad: number
  goldstein: number
  negated: boolean
  modality: string
  date: string | null
  datePrecision: string | null
  confidence: number
  cluster: string | null
  nearDuplicateOf: string | null
  evidence: string
}

export interface DatedLink {
  id: string
  title?: string
  of?: string
  from: string | null
  to: string | null
  origin: 'curated' | 'learned' | 'both'
  evidence?: string
}

export interface Dossier {
  actor: { id: string; name: string; kind: string; curated: boolean }
  at: string
  memberships: DatedLink[]
  offices: DatedLink[]
  partners: { actor: string; clusters: number; goldstein: number }[]
  quadCounts: Record<'1' | '2' | '3' | '4', number>
  recentEvents: EventRow[]
}

export interface DyadSeries {
  a: string
  b: string
  periods: {
    period: string
    source: string
    target: string
    counts: Record<string, number>
    events: number
    goldstein: number
  }[]
}

export interface Local {
  start: number
  end: number
  text: string
}

export interface EventDetail extends EventRow {
  cameoName: string | null
  trigger: string
  reports: {
    event: string
    article: { id: string; title: string | null; url: string | null; published: string | null; source: string }
    nearDuplicateOf: string | null
    sentence: { text: string; start: number; end: number }
    evidence: Local
    trigger: Local
  }[]
}

export interface Span {
  start: number
  end: number
}

export interface Article {
  id: string
  title: string | null
  url: string | null
  published: string | null
  text: string
  zones: (Span & { kind: 'headline' | 'byline' | 'body' | 'debris'; reason?: string })[]
  sentences: Span[]
  mentions: (Span & { id: string; text: string; type: string; entity: string | null })[]
  events: (Span & { id: string; cameo: string; trigger: Span })[]
  facts: (Span & { id: string; relation: string; subject: string; object: string })[]
}

export interface SearchHit {
  id: string
  name: string
  kind: string
  origin: 'curated' | 'learned'
}

export interface Network {
  /** Each actor of the edges with the short label the graph draws (JPN, NATO, WST) and its name. */
  nodes: { id: string; label: string; name: string }[]
  edges: { source: string; target: string; events: number; goldstein: number }[]
}

export interface EventPage {
  events: EventRow[]
  next: string | null
}

/** A failed request, with the server's problem details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(detail)
  }
}

/** GET a path of the API; query values that are empty are left out. */
export async function get<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value))
  const url = params.size > 0 ? `${path}?${params}` : path
  const response = await fetch(url, { headers: { accept: 'application/json' } })
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string }
    throw new ApiError(response.status, problem.detail ?? `${response.status} ${response.statusText}`)
  }
  return (await response.json()) as T
}

export const QUADS: Record<number, string> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
}
