import { dataVersion, type Store } from '../store/index.js'
import type { QueryKb } from './kb.js'

/** What every query needs: the store, and the curated KB when it is available. */
export interface QueryContext {
  readonly store: Store
  readonly kb?: QueryKb | undefined
  /**
   * The store's data version, when the caller reads it once for a whole answer (the API: once per request, so a
   * dossier asks the store once, not once per kept sum it looks up). Without it, each look-up asks the store.
   */
  readonly dataVersion?: () => Promise<string>
}

/** The data version the memories in this module are kept under (see QueryContext.dataVersion). */
export function versionOf(ctx: QueryContext): Promise<string> {
  return ctx.dataVersion ? ctx.dataVersion() : dataVersion(ctx.store)
}

/** A context for one answer: the same store and KB, the data version read at most once. */
export function forOneAnswer(ctx: QueryContext): QueryContext {
  let version: Promise<string> | undefined
  return { ...ctx, dataVersion: () => (version ??= dataVersion(ctx.store)) }
}
