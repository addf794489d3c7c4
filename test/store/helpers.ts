import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CodedEvent, Doc, Fact } from '../../src/document.js'
import { docOf } from '../../src/document.js'
import pg from 'pg'
import { openSqliteStore, openStore, type Store } from '../../src/store/index.js'

export interface TestDatabase {
  readonly name: string
  /** A fresh, empty store. */
  open(): Promise<Store>
  /** Opens the store at the same location again. */
  reopen(store: Store): Promise<Store>
}

const dirs: string[] = []
const databases: string[] = []

/** The PostgreSQL server the suite runs against (CI starts it; a test fails, never skips, when it does not answer). */
export const POSTGRES_SERVER = 'postgres://postgres@127.0.0.1:5432'

/** A fresh temporary folder, removed by `cleanup()`. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-store-'))
  dirs.push(dir)
  return dir
}

/** Runs one statement on the server's `test` database (CREATE/DROP DATABASE), naming the server when it fails. */
async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${POSTGRES_SERVER}/test` })
  try {
    await client.connect()
  } catch (error) {
    throw new Error(
      `PostgreSQL at 127.0.0.1:5432 does not answer (${String(error)}): start it to run the store suite`,
      {
        cause: error,
      },
    )
  }
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/** A new, empty PostgreSQL database of this run (entente_t_<random>), dropped by `cleanup()`; its URL. */
export async function tempPostgresDatabase(): Promise<string> {
  const name = `entente_t_${randomBytes(6).toString('hex')}`
  await onServer(`create database ${name}`)
  databases.push(name)
  return `${POSTGRES_SERVER}/${name}`
}

export async function cleanup(): Promise<void> {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  for (const name of databases.splice(0)) await onServer(`drop database if exists ${name} with (force)`)
}

/** Every database the store suite runs against: SQLite and PostgreSQL. */
export const DATABASES: readonly TestDatabase[] = [
  {
    name: 'sqlite',
    open: () => openSqliteStore(join(tempDir(), 'test.db')),
    reopen: (store) => openStore(store.location),
  },
  {
    name: 'postgres',
    open: async () => openStore(await tempPostgresDatabase()),
    reopen: (store) => openStore(store.location),
  },
]

export interface EventSpec {
  source?: string
  target?: string
  cameo: string
  /** The words the event rests on; they must occur in the text. */
  evidence: string
  date?: string
  negated?: boolean
  plover?: string
  goldstein?: number
  quad?: 1 | 2 | 3 | 4
}

export interface FactSpec {
  relation: string
  subject: string
  object: string
  start?: string
  end?: string
  evidence: string
}

/** A Doc built by hand: events and facts anchored on phrases of the text, entities from the actors. */
export function makeDoc(
  text: string,
  spec: { events?: EventSpec[]; facts?: FactSpec[]; published?: string } = {},
): Doc {
  const events = (spec.events ?? []).map((event, i) => codedEvent(text, event, i))
  const facts = (spec.facts ?? []).map((fact, i) => learnedFact(text, fact, i))
  const actors = new Set(events.flatMap((e) => [e.source?.entity, e.target?.entity]).filter((a) => a !== undefined))
  const entities = [...actors].map((id) => ({ id, kind: 'country' as const, name: `Name of ${id}`, mentions: [] }))
  const base = docOf(text, { events, facts, entities, sentences: [{ start: 0, end: text.length }] })
  return { ...base, ...(spec.published ? { published: spec.published } : {}) }
}

function span(text: string, phrase: string) {
  const start = text.indexOf(phrase)
  if (start < 0) throw new Error(`"${phrase}" is not in the text`)
  return { start, end: start + phrase.length }
}

function codedEvent(text: string, spec: EventSpec, i: number): CodedEvent {
  const evidence = span(text, spec.evidence)
  const precision = spec.date?.length === 10 ? 'day' : spec.date?.length === 7 ? 'month' : 'year'
  return {
    id: `e${i + 1}`,
    ...(spec.source ? { source: { entity: spec.source } } : {}),
    ...(spec.target ? { target: { entity: spec.target } } : {}),
    cameo: spec.cameo,
    ...(spec.plover ? { plover: spec.plover } : {}),
    goldstein: spec.goldstein ?? 1,
    quad: spec.quad ?? 1,
    negated: spec.negated ?? false,
    modality: 'asserted',
    ...(spec.date ? { date: { value: spec.date, precision } } : {}),
    confidence: 0.9,
    trigger: evidence,
    evidence,
    sentence: 0,
    rule: 'test',
  }
}

function learnedFact(text: string, spec: FactSpec, i: number): Fact {
  return {
    id: `f${i + 1}`,
    relation: spec.relation,
    subject: spec.subject,
    object: spec.object,
    ...(spec.start ? { start: spec.start } : {}),
    ...(spec.end ? { end: spec.end } : {}),
    attributes: {},
    learned: true,
    confidence: 0.8,
    evidence: span(text, spec.evidence),
  }
}

/** Every table's rows (minus the ingest time), in a fixed order, for comparing stores. */
export async function storeSnapshot(store: Store) {
  const db = store.db
  return {
    articles: (await db.selectFrom('articles').selectAll().orderBy('seq').execute()).map(
      ({ ingested_at: _, ...rest }) => rest,
    ),
    events: await db.selectFrom('events').selectAll().orderBy('id').execute(),
    clusters: await db.selectFrom('event_clusters').selectAll().orderBy('num').execute(),
    mentions: await db.selectFrom('mentions').selectAll().orderBy('id').execute(),
    facts: await db.selectFrom('facts').selectAll().orderBy('id').execute(),
    holdings: await db
      .selectFrom('fact_holdings')
      .selectAll()
      .orderBy('relation')
      .orderBy('object')
      .orderBy('subject')
      .orderBy('valid_from')
      .orderBy('valid_to')
      .execute(),
    entities: await db.selectFrom('entities').selectAll().orderBy('id').execute(),
    articleEntities: await db
      .selectFrom('article_entities')
      .selectAll()
      .orderBy('article_id')
      .orderBy('entity_id')
      .execute(),
    bands: await db.selectFrom('article_bands').selectAll().orderBy('article_id').orderBy('band').execute(),
  }
}
