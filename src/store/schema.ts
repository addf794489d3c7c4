/** Rows as the database holds them. JSON columns are text; booleans are 0/1 integers (portable to PostgreSQL). */
export interface ArticleTable {
  id: string
  seq: number
  text: string
  title: string | null
  url: string | null
  source: string
  source_name: string | null
  published: string | null
  ingested_at: string
  zones: string
  sentences: string
  diagnostics: string
  near_duplicate_of: string | null
}

export interface ArticleBandTable {
  article_id: string
  band: number
  hash: string
}

/** An article body's shingle count and MinHash signature (hex), for judging near-duplicate candidates. */
export interface ArticleSketchTable {
  article_id: string
  shingles: number
  signature: string
}

export interface EntityTable {
  id: string
  kind: string
  name: string
}

export interface ArticleEntityTable {
  article_id: string
  entity_id: string
  kind: string
  name: string
  acts_for: string | null
  role: string | null
  mentions: string
}

export interface MentionTable {
  id: string
  article_id: string
  local_id: string
  start_offset: number
  end_offset: number
  text: string
  type: string
  form: string
  entity: string | null
  kind: string | null
  confidence: number
  unlinked: string | null
  antecedent: string | null
  role: string | null
}

export interface EventTable {
  id: string
  article_id: string
  local_id: string
  /** Position of the event in its document, so reclustering replays the ingest order. */
  ord: number
  source: string | null
  source_mention: string | null
  source_via: string | null
  target: string | null
  target_mention: string | null
  target_via: string | null
  /** Full CAMEO actor codes of the two sides (IRQCOP), from migration 7; null in older rows. */
  source_code: string | null
  target_code: string | null
  cameo: string
  root: string
  plover: string | null
  goldstein: number
  quad: number
  negated: number
  modality: string
  date: string | null
  date_precision: string | null
  date_after: string | null
  place: string | null
  confidence: number
  trigger_start: number
  trigger_end: number
  evidence_start: number
  evidence_end: number
  evidence_text: string
  sentence: number
  rule: string
  cluster_id: string | null
}

export interface EventClusterTable {
  id: string
  num: number
  rule_version: number
  source: string | null
  target: string | null
  root: string
  cameo: string
  quad: number
  goldstein: number
  negated: number
  date: string | null
  date_precision: string | null
  first_event: string
  first_article: string
  reports: number
  articles: number
}

export interface FactTable {
  id: string
  article_id: string
  local_id: string
  relation: string
  subject: string
  object: string
  valid_from: string | null
  valid_to: string | null
  start_after: string | null
  at: string | null
  attributes: string
  learned: number
  confidence: number
  evidence_start: number
  evidence_end: number
  evidence_text: string
}

/** One row per distinct learned fact and validity, with how many (non-duplicate) articles state it. */
export interface FactHoldingTable {
  relation: string
  object: string
  subject: string
  /** '' when open. */
  valid_from: string
  valid_to: string
  statements: number
}

export interface MetaTable {
  key: string
  value: string
}

export interface SchemaVersionTable {
  version: number
  name: string
  applied_at: string
}

/** An actor's happenings on one side with one other side ('' for none) in one month (migration 11). */
export interface ActorMonthTable {
  actor: string
  side: 'source' | 'target'
  month: string
  other: string
  clusters: number
  goldstein: number
  quad1: number
  quad2: number
  quad3: number
  quad4: number
}

export interface Database {
  entente_meta: MetaTable
  schema_version: SchemaVersionTable
  articles: ArticleTable
  article_bands: ArticleBandTable
  article_sketches: ArticleSketchTable
  entities: EntityTable
  article_entities: ArticleEntityTable
  mentions: MentionTable
  events: EventTable
  event_clusters: EventClusterTable
  facts: FactTable
  fact_holdings: FactHoldingTable
  actor_months: ActorMonthTable
}
