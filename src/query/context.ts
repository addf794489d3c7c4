import type { Store } from '../store/index.js'
import type { QueryKb } from './kb.js'

/** What every query needs: the store, and the curated KB when it is available. */
export interface QueryContext {
  readonly store: Store
  readonly kb?: QueryKb | undefined
}
