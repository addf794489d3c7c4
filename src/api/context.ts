import type { QueryContext } from '../query/index.js'
import type { Analyzer } from '../jobs/index.js'
import type { Store } from '../store/index.js'

export interface ApiOptions {
  readonly store: Store
  readonly kb?: QueryContext['kb']
  /** The write token; without one, POST /api/articles is refused. */
  readonly token?: string
  /** Largest article body, in bytes (default: the CLI's 5 MB). */
  readonly maxBytes?: number
  /** Requests per minute per client; false turns the limit off (the load bench). */
  readonly rateLimit?: number | false
  /** Folder of the built web UI; absent or missing: the API alone. */
  readonly webRoot?: string
  /** Makes the analyzer for ingests (tests may pass one that needs no models). */
  readonly analyzer?: () => Analyzer
  readonly logger?: boolean
  /** false: no response cache (the load bench's cold figures); by default answers are cached per data version. */
  readonly cache?: boolean
  /** Ask the read routes what analysts ask most before answering anyone (entente serve; see warm-up.ts). */
  readonly warmUp?: boolean
}
