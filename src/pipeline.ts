import { createCode, type CodeTables, type Lexicon, type VerbDictionary, type WordNetVerbs } from './coding/index.js'
import type { Diagnostic, Doc, LayerName, Layers } from './document.js'
import type { DocView } from './nlp/syntax/index.js'
import { EntenteError } from './errors.js'
import { createRelate } from './facts/index.js'
import type { Kb } from './kb/index.js'
import { clean } from './nlp/clean/index.js'
import { createCoref, createRecognize } from './nlp/entities/index.js'
import { createSegment, indexDoc } from './nlp/segment/index.js'
import { resolveTimes } from './nlp/time/index.js'

export interface StageContext {
  report(diagnostic: Diagnostic): void
}

/**
 * A pipeline stage: declares every layer it reads (`needs`), the layers it owns (`adds`: no other stage adds them)
 * and the layers it annotates (`annotates`: it returns the same items, same ids and spans, with fields added, as
 * coreference adds an entity to a pronoun's mention), and returns only what it adds or annotates.
 */
export interface Stage {
  readonly name: string
  readonly needs: readonly LayerName[]
  readonly adds: readonly LayerName[]
  readonly annotates?: readonly LayerName[]
  run(doc: Doc, ctx: StageContext): StageOutput
}

/** What a stage returns: the layers it adds or annotates and, from the code stage, the view it built. */
export type StageOutput = Partial<Layers> & {
  /** The sentence-structure view the stage built, handed to the later stages with the document (`doc.view`). */
  readonly view?: DocView
}

export interface Pipeline {
  readonly stages: readonly Stage[]
  /** Runs every stage; `timing`, when given, accumulates milliseconds per stage name (for the bench). */
  run(doc: Doc, options?: RunOptions): Doc
  /**
   * Runs every stage over a batch of documents, stage by stage: each stage's code and data stay warm in the
   * processor's caches across the batch, which makes it about a fifth faster than one document at a time on
   * news-sized articles. The results are the same as `run` on each document.
   */
  runAll(docs: readonly Doc[], options?: RunOptions): Doc[]
}

export interface RunOptions {
  readonly timing?: Map<string, number>
}

/**
 * The time one article may take, in milliseconds, checked after each stage: an article past it fails with
 * "pipeline.timeout" (the others of its batch and run go on). Work inside a stage is bounded by the readers'
 * limits (size, markup depth); this catches what they miss.
 */
export const ARTICLE_BUDGET_MS = 120_000

export interface PipelineOptions {
  /** Layers the documents already have. */
  readonly given?: readonly LayerName[]
  /** Milliseconds one article may take (default ARTICLE_BUDGET_MS). */
  readonly budgetMs?: number
  /** The clock, in milliseconds (tests pass their own). */
  readonly now?: () => number
}

/**
 * What the stages read besides the document: a pipeline links, codes and relates with these (the title table comes
 * with the KB: `kb.titles`).
 */
export interface PipelineResources {
  /**
   * Canonical actors, aliases, roles and memberships: recognition, coreference, coding and facts link with it; its
   * title table (`kb.titles`) gives the recognizer's and the coder's titles.
   */
  readonly kb: Kb
  /** The verb patterns the coder matches, compiled with the lexicon. */
  readonly dictionary: VerbDictionary
  /** Word classes for the dictionary's `&CLASS` and for the coder's and sentence layer's own rules. */
  readonly lexicon: Lexicon
  /** CAMEO and PLOVER code tables, with each code's traits and governed forms (data/coding/cameo.json). */
  readonly tables: CodeTables
  /** WordNet verbs for the coder's back-off, read at the first call. */
  readonly wordnet: () => WordNetVerbs
}

/** The entente pipeline over the given resources. Order matters: each stage needs the layers of the ones before it. */
export function createPipeline(resources: PipelineResources, options: PipelineOptions = {}): Pipeline {
  const { kb, lexicon } = resources
  return assemblePipeline(
    [
      clean, // zones: headline, byline, body, debris
      createSegment({ lexicon }), // sentences and tokens of the headline and body
      resolveTimes, // time expressions against the publication date
      createRecognize({ kb, lexicon }), // mentions, linked to the KB with roles at the publication date
      createCoref({ kb, lexicon }), // pronouns and descriptions → entities
      createCode(resources), // events: CAMEO + PLOVER, negation, modality, date, place
      createRelate({ kb, lexicon }), // facts with validity intervals, from mentions, roles and events
    ],
    options,
  )
}

/** Articles per batch for `runAll` where callers read many: larger batches gain little more and hold more memory. */
export const BATCH_SIZE = 32

/**
 * Builds a pipeline from stages, checking once that every stage's needs and annotated layers are added by an
 * earlier stage, and that no two stages add the same layer.
 */
export function assemblePipeline(stages: readonly Stage[], options: PipelineOptions = {}): Pipeline {
  const owner = new Map<LayerName, string>((options.given ?? []).map((layer) => [layer, 'the input']))
  for (const stage of stages) {
    for (const need of [...stage.needs, ...(stage.annotates ?? [])]) {
      if (!owner.has(need)) {
        throw new EntenteError('pipeline.order', `Stage "${stage.name}" needs "${need}", which no earlier stage adds`)
      }
    }
    for (const layer of stage.adds) {
      const earlier = owner.get(layer)
      if (earlier !== undefined) {
        throw new EntenteError('pipeline.order', `Stage "${stage.name}" adds "${layer}", which ${earlier} already adds`)
      }
      owner.set(layer, `stage "${stage.name}"`)
    }
  }
  const budget = options.budgetMs ?? ARTICLE_BUDGET_MS
  const now = options.now ?? (() => performance.now())
  const runAll = (inputs: readonly Doc[], options: RunOptions = {}): Doc[] => {
    const docs = [...inputs]
    const spent = docs.map(() => 0)
    for (const stage of stages) {
      const started = options.timing ? performance.now() : 0
      for (let d = 0; d < docs.length; d++) {
        const begun = now()
        docs[d] = runStage(stage, docs[d]!)
        spent[d]! += now() - begun
        if (spent[d]! > budget) throw overBudget(docs[d]!, stage.name, spent[d]!, budget)
      }
      if (options.timing) {
        options.timing.set(stage.name, (options.timing.get(stage.name) ?? 0) + performance.now() - started)
      }
    }
    return docs
  }
  return { stages, runAll, run: (doc, options) => runAll([doc], options)[0]! }
}

function overBudget(doc: Doc, stage: string, spent: number, budget: number): EntenteError {
  const input = doc.source.item === undefined ? doc.source.path : `${doc.source.path}#${doc.source.item}`
  return new EntenteError(
    'pipeline.timeout',
    `Cannot analyze "${input}": ${Math.round(spent)} ms by the end of stage "${stage}", over the ${budget} ms budget for one article`,
    { input: doc.source.path, hint: 'Split the article into smaller ones; the other articles are not affected' },
  )
}

/** A Doc whose fields `runStage` may set while it builds the next one. */
type DocDraft = { -readonly [K in keyof Doc]: Doc[K] }

function runStage(stage: Stage, doc: Doc): Doc {
  const diagnostics: Diagnostic[] = []
  const output = stage.run(doc, { report: (d) => diagnostics.push(d) })
  // the next Doc is a copy given its new fields one by one, not spread into a literal: a spread copy pays a slow path
  // for each key it adds (see withFields, objects.ts); the keys come in the same order either way
  const next: DocDraft = Object.assign({}, doc)
  for (const key of Object.keys(output)) {
    if (key === 'view') continue
    const layer = key as LayerName
    if (!stage.adds.includes(layer)) {
      if (!stage.annotates?.includes(layer)) throw new Error(`Stage "${stage.name}" returned undeclared layer "${key}"`)
      checkAnnotated(stage.name, layer, doc[layer], output[layer]!)
    }
    ;(next as Record<LayerName, unknown>)[layer] = output[layer]
  }
  if (output.view) next.view = output.view
  next.diagnostics = diagnostics.length ? [...doc.diagnostics, ...diagnostics] : doc.diagnostics
  // the stages after segmentation share one index of the tokens and sentences, built here once
  if (output.tokens || output.sentences) next.index = indexDoc(next)
  return next
}

type Item = { readonly id?: unknown; readonly start?: unknown; readonly end?: unknown }

/** An annotating stage may add fields to a layer's items, never add, drop, move or renumber one. */
function checkAnnotated(stage: string, layer: LayerName, before: readonly Item[], after: readonly Item[]): void {
  const same =
    before.length === after.length &&
    before.every((item, i) => item.id === after[i]!.id && item.start === after[i]!.start && item.end === after[i]!.end)
  if (!same) throw new Error(`Stage "${stage}" annotates "${layer}" but changed its items`)
}
