import { sql, type ColumnDefinitionBuilder, type Expression } from 'kysely'

/** The SQL dialects a store lives in; every migration writes the same schema in each. */
export type SqlDialect = 'sqlite' | 'postgres'

export interface ColumnTypes {
  readonly text: 'text' | Expression<unknown>
  readonly real: 'real' | 'double precision'
  /**
   * Article and cluster numbers: an identity column in PostgreSQL, where concurrent writers draw them from the
   * database; SQLite, which has one writer at a time, numbers them from the highest stored.
   */
  readonly identity: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder
}

/**
 * Column types that behave alike in both dialects: text compares byte by byte (SQLite's BINARY; in PostgreSQL the
 * "C" collation, whatever the database's locale), and real numbers are 8-byte doubles (PostgreSQL's `real` is 4).
 * SQLite keeps the types it has always had.
 */
export function columnTypes(dialect: SqlDialect): ColumnTypes {
  return dialect === 'postgres'
    ? { text: sql`text collate "C"`, real: 'double precision', identity: (c) => c.generatedByDefaultAsIdentity() }
    : { text: 'text', real: 'real', identity: (c) => c }
}
