import type { Article, Doc, LayerName } from '../document.js'
import { PARTS, type GoldDoc, type Part } from './gold.js'
import { mentionTypesOf } from './mention-types.js'
import { readGoldDir } from './read-gold.js'
import type { DocumentReport, EvalReport, SetReport } from './report.js'
import { PART_LAYER, scoreDocument } from './score-document.js'
import { addTally, reportTally, type Tally } from './tally.js'

/** A gold set: the --gold path as given and its documents. */
export interface GoldSet {
  readonly name: string
  readonly docs: readonly GoldDoc[]
}

export interface EvaluateOptions {
  /** Runs the system over one article. */
  readonly analyze: (article: Article) => Doc | Promise<Doc>
  /** Layers the system produces; parts whose layer is missing are "not built". */
  readonly layers: readonly LayerName[]
}

/** Reads each --gold folder and scores the system on it. */
export async function evaluate(dirs: readonly string[], options: EvaluateOptions): Promise<EvalReport> {
  const sets = [...new Set(dirs)].map((dir) => ({ name: dir, docs: readGoldDir(dir) }))
  return evaluateSets(sets, options)
}

/** Scores the system on gold sets already read. */
export async function evaluateSets(sets: readonly GoldSet[], options: EvaluateOptions): Promise<EvalReport> {
  const built = new Set(options.layers)
  const overall: Tally = {}
  const annotatedOverall = new Set<Part>()
  const setReports: Record<string, SetReport> = {}
  const documents: DocumentReport[] = []
  let count = 0
  for (const set of sets) {
    const mentionTypes = mentionTypesOf(set.docs)
    const tally: Tally = {}
    const annotated = new Set<Part>()
    for (const gold of set.docs) {
      const doc = await options.analyze(articleOf(gold))
      const scored = scoreDocument(gold, doc, { built, mentionTypes })
      addTally(tally, scored.tally)
      for (const part of gold.scored) annotated.add(part)
      documents.push({ id: gold.id, set: set.name, file: gold.file, ...reportTally(scored.tally), ...scored.findings })
    }
    addTally(overall, tally)
    for (const part of annotated) annotatedOverall.add(part)
    count += set.docs.length
    setReports[set.name] = setReport(tally, set.docs.length, notBuilt(annotated, built))
  }
  return {
    overall: setReport(overall, count, notBuilt(annotatedOverall, built)),
    sets: setReports,
    documents,
    layers: [...built],
  }
}

function setReport(tally: Tally, documents: number, notBuiltParts: Part[]): SetReport {
  return { ...reportTally(tally), documents, not_built: notBuiltParts }
}

function notBuilt(annotated: ReadonlySet<Part>, built: ReadonlySet<LayerName>): Part[] {
  return PARTS.filter((part) => annotated.has(part) && !built.has(PART_LAYER[part]))
}

/** The article a user would pass for this gold document. */
export function articleOf(gold: GoldDoc): Article {
  const article: Article = { id: gold.id, text: gold.text, source: { kind: 'text', path: gold.textPath } }
  return gold.published === undefined ? article : { ...article, published: gold.published }
}
