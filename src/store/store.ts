import type { Kysely } from 'kysely'
import type { Doc } from '../document.js'
import type { Database } from './schema.js'

/** What happened to one document handed to the store. */
export interface PutResult {
  readonly status: 'stored' | 'duplicate'
  /** The content hash the article is stored under. */
  readonly id: string
  /** Set when the text is a near-duplicate of an article stored earlier. */
  readonly nearDuplicateOf?: string
}

export interface ReclusterResult {
  readonly ruleVersion: number
  readonly events: number
  readonly clusters: number
}

/**
 * The knowledge graph store. Every method is async and free of driver types, so a PostgreSQL dialect can
 * implement it without touching callers. Reads go through `db` (a Kysely instance over the shared schema).
 */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres'
  /** Where the store lives: a file path for SQLite, the URL (password masked) for PostgreSQL. */
  readonly location: string
  readonly db: Kysely<Database>
  /** True when an article with this content hash is stored. */
  hasArticle(id: string): Promise<boolean>
  /** Stores a document in one transaction: article, entities, mentions, events (clustered) and facts. */
  putDoc(doc: Doc): Promise<PutResult>
  /**
   * Stores documents in order in ONE transaction, each as putDoc would: all are committed, or (on any failure)
   * none. Several articles share a commit, the larger part of writing a small one.
   */
  putDocs(docs: readonly Doc[]): Promise<PutResult[]>
  /** Rebuilds every event cluster with the current rule. */
  recluster(): Promise<ReclusterResult>
  schemaVersion(): Promise<number>
  close(): Promise<void>
}
