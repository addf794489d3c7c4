import type { Kysely } from 'kysely'
import { up as initial } from './001-initial.js'

export interface Migration {
  readonly version: number
  readonly name: string
  up(db: Kysely<unknown>): Promise<void>
}

/** Every schema change, in order. Append; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial', up: initial }]

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0
