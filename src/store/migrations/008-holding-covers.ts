import type { Kysely } from 'kysely'
import type { SqlDialect } from './column-types.js'

/**
 * Covering indexes for the learned holdings the API reads on every dossier and members request: an
 * organization's members on a day and an actor's memberships on a day are each one index range, summed without
 * touching the table (the statement count is in the index). The subject-side cover replaces the narrower
 * fact_holdings_subject, so a write still updates two indexes of fact_holdings besides its key, as before.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .createIndex('fact_holdings_object_cover')
    .on('fact_holdings')
    .columns(['relation', 'object', 'subject', 'valid_from', 'valid_to', 'statements'])
    .execute()
  await db.schema
    .createIndex('fact_holdings_subject_cover')
    .on('fact_holdings')
    .columns(['relation', 'subject', 'object', 'valid_from', 'valid_to', 'statements'])
    .execute()
  await db.schema.dropIndex('fact_holdings_subject').execute()
}
