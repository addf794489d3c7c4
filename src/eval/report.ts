import type { Part } from './gold.js'
import type { Item } from './item.js'
import type { PartsReport } from './tally.js'

/** The figures of one gold set (or of all of them), as FORMAT.md's "The eval report" names them. */
export interface SetReport extends PartsReport {
  /** Documents read. */
  readonly documents: number
  /** Parts the gold annotates but the pipeline does not build yet: null above, printed "not scored". */
  readonly not_built: readonly Part[]
}

/** One document's figures, with what it missed, invented and got half right. */
export interface DocumentReport extends PartsReport {
  readonly id: string
  /** The --gold path the document came from. */
  readonly set: string
  readonly file: string
  readonly missed: readonly Item[]
  readonly spurious: readonly Item[]
  readonly wrong: readonly Item[]
}

/** What `entente eval --json` prints. */
export interface EvalReport {
  readonly overall: SetReport
  /** Keyed by the --gold path as given. */
  readonly sets: Readonly<Record<string, SetReport>>
  readonly documents: readonly DocumentReport[]
  /** Layers the pipeline produces. */
  readonly layers: readonly string[]
}
