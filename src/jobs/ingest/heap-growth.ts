import { setFlagsFromString } from 'node:v8'

/**
 * How far, in per cent of what it held after its last full collection, each heap of an ingest process (the main
 * thread's and every worker thread's) may grow before the next. V8 picks 10–300 % by itself, from how fast it
 * collects against how fast the program allocates: in a long ingest the heaps then climb ~60 MB past their warm-up
 * size over a few hundred articles and stay there, three heaps of garbage that a full collection would free. Live
 * data is nearly constant (the models, a window of articles), so a tight bound costs a few more full collections
 * (marking runs beside the program, mostly on another core) and keeps the process flat.
 */
export const HEAP_GROWING_PERCENT = 20

/**
 * Bounds the growth of every heap of this process, those of worker threads started later included: V8 reads the
 * flag at each full collection. For processes that run an ingest, before the worker threads start. Applies to the
 * whole process, so it is called by the ingest's edges (the CLI, the bench's ingest process), not by the library.
 */
export function boundHeapGrowth(percent: number = HEAP_GROWING_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`)
}
