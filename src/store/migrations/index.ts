import type { Kysely } from 'kysely'
import { up as initial } from './001-initial.js'
import { up as factHoldings } from './002-fact-holdings.js'
import { up as watchState } from './003-watch-state.js'
import { up as articleSketches } from './004-article-sketches.js'
import { up as eventKeys } from './005-event-keys.js'
import { up as actorMix } from './006-actor-mix.js'
import { up as actorCodes } from './007-actor-codes.js'
import { up as holdingCovers } from './008-holding-covers.js'
import { up as dyadMix } from './009-dyad-mix.js'
import { up as eventsDate } from './010-events-date.js'
import { up as actorMonths } from './011-actor-months.js'
import { up as dropUnreadIndexes } from './012-drop-unread-indexes.js'
import { up as actorMonthsClustered } from './013-actor-months-clustered.js'
import { up as eventsClusterDate } from './014-events-cluster-date.js'
import { up as copyReports } from './015-copy-reports.js'
import { up as eventsById } from './016-events-by-id.js'
import { up as keyedTables } from './017-keyed-tables.js'
import type { SqlDialect } from './column-types.js'

export type { SqlDialect } from './column-types.js'

export interface Migration {
  readonly version: number
  readonly name: string
  up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void>
}

/** Every schema change, in order. Append; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'fact-holdings', up: factHoldings },
  { version: 3, name: 'watch-state', up: watchState },
  { version: 4, name: 'article-sketches', up: articleSketches },
  { version: 5, name: 'event-keys', up: eventKeys },
  { version: 6, name: 'actor-mix', up: actorMix },
  { version: 7, name: 'actor-codes', up: actorCodes },
  { version: 8, name: 'holding-covers', up: holdingCovers },
  { version: 9, name: 'dyad-mix', up: dyadMix },
  { version: 10, name: 'events-date', up: eventsDate },
  { version: 11, name: 'actor-months', up: actorMonths },
  { version: 12, name: 'drop-unread-indexes', up: dropUnreadIndexes },
  { version: 13, name: 'actor-months-clustered', up: actorMonthsClustered },
  { version: 14, name: 'events-cluster-date', up: eventsClusterDate },
  { version: 15, name: 'copy-reports', up: copyReports },
  { version: 16, name: 'events-by-id', up: eventsById },
  { version: 17, name: 'keyed-tables', up: keyedTables },
]

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0
