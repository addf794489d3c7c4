import type { Diagnostic, Doc, LayerName, Layers } from './document.js'
import { EntenteError } from './errors.js'

export interface StageContext {
  report(diagnostic: Diagnostic): void
}

/** A pipeline stage: declares the layers it needs and adds, and returns only what it adds. */
export interface Stage {
  readonly name: string
  readonly needs: readonly LayerName[]
  readonly adds: readonly LayerName[]
  run(doc: Doc, ctx: StageContext): Partial<Layers>
}

export interface Pipeline {
  readonly stages: readonly Stage[]
  /** Runs every stage; `timing`, when given, accumulates milliseconds per stage name (for the bench). */
  run(doc: Doc, options?: { timing?: Map<string, number> }): Doc
}

/** Builds a pipeline, checking once that every stage's needs are added by an earlier stage. */
export function createPipeline(stages: readonly Stage[], options: { given?: readonly LayerName[] } = {}): Pipeline {
  const available = new Set<LayerName>(options.given ?? [])
  for (const stage of stages) {
    for (const need of stage.needs) {
      if (!available.has(need)) {
        throw new EntenteError('pipeline.order', `Stage "${stage.name}" needs "${need}", which no earlier stage adds`)
      }
    }
    for (const layer of stage.adds) available.add(layer)
  }
  return {
    stages,
    run(input, options = {}) {
      let doc = input
      for (const stage of stages) {
        const diagnostics: Diagnostic[] = []
        const started = options.timing ? performance.now() : 0
        const added = stage.run(doc, { report: (d) => diagnostics.push(d) })
        if (options.timing) {
          options.timing.set(stage.name, (options.timing.get(stage.name) ?? 0) + performance.now() - started)
        }
        for (const key of Object.keys(added)) {
          if (!stage.adds.includes(key as LayerName))
            throw new Error(`Stage "${stage.name}" returned undeclared layer "${key}"`)
        }
        doc = {
          ...doc,
          ...added,
          diagnostics: diagnostics.length ? [...doc.diagnostics, ...diagnostics] : doc.diagnostics,
        }
      }
      return doc
    },
  }
}
