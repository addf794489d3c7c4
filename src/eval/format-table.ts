import { PARTS, type Part } from './gold.js'
import type { DocumentReport, EvalReport, SetReport } from './report.js'
import type { Score } from './score.js'

type Row = [part: string, figure: string, ...cells: string[]]

const HEADER: Row = ['part', 'figure', 'p', 'r', 'f1', 'tp', 'fp', 'fn']

/** The report as plain-text tables: one per set, then overall; with `verbose`, each document's items. */
export function formatTable(report: EvalReport, options: { verbose?: boolean } = {}): string {
  const blocks = Object.entries(report.sets).map(([name, set]) => formatSet(`Gold ${name}`, set))
  blocks.push(formatSet('Overall', report.overall))
  if (options.verbose) blocks.push(...report.documents.map(formatDocument).filter((block) => block !== ''))
  return `${blocks.join('\n\n')}\n`
}

function formatSet(title: string, set: SetReport): string {
  const rows: Row[] = [HEADER, ...PARTS.flatMap((part) => partRows(part, set))]
  const noun = set.documents === 1 ? 'document' : 'documents'
  return [`${title} (${set.documents} ${noun})`, ...align(rows).map((line) => `  ${line}`)].join('\n')
}

function partRows(part: Part, set: SetReport): Row[] {
  if (set.not_built.includes(part)) return [[part, '', 'not scored (no stage builds it yet)']]
  switch (part) {
    case 'events': {
      const events = set.events
      if (!events) return [notScored(part)]
      return [
        scoreRow(part, 'root', events.root),
        scoreRow(part, 'full', events.full),
        shareRow(part, 'date accuracy', events.date_accuracy, events.dated, 'dated'),
        shareRow(part, 'date-after accuracy', events.date_after_accuracy, events.dated_after, 'dated after'),
      ]
    }
    case 'facts':
      if (!set.facts) return [notScored(part)]
      return [
        scoreRow(part, 'match', set.facts.match),
        shareRow(part, 'start accuracy', set.facts.start_accuracy, set.facts.started, 'with a start'),
      ]
    case 'entities':
      return set.entities ? [scoreRow(part, 'match', set.entities.match)] : [notScored(part)]
    case 'mentions': {
      const mentions = set.mentions
      if (!mentions) return [notScored(part)]
      const byType = Object.entries(mentions.by_type).flatMap(([type, scores]): Row[] => [
        scoreRow(part, `${type} exact`, scores.exact),
        scoreRow(part, `${type} partial`, scores.partial),
      ])
      return [scoreRow(part, 'exact', mentions.exact), scoreRow(part, 'partial', mentions.partial), ...byType]
    }
    case 'times': {
      const times = set.times
      if (!times) return [notScored(part)]
      return [
        scoreRow(part, 'detection', times.detection),
        scoreRow(part, 'value', times.value),
        shareRow(part, 'value accuracy', times.value_accuracy, times.matched, 'matched'),
      ]
    }
  }
}

function notScored(part: Part): Row {
  return [part, '', 'not scored (not annotated)']
}

function scoreRow(part: string, figure: string, score: Score): Row {
  return [part, figure, num(score.p), num(score.r), num(score.f1), `${score.tp}`, `${score.fp}`, `${score.fn}`]
}

function shareRow(part: string, figure: string, value: number | null, of: number, what: string): Row {
  return [part, figure, value === null ? `– (0 ${what})` : `${num(value)} of ${of} ${what}`]
}

function num(value: number | null): string {
  return value === null ? '–' : value.toFixed(4)
}

/** Pads columns; a row with fewer cells (a note) runs on after the figure column. */
function align(rows: readonly Row[]): string[] {
  const widths = HEADER.map((_, column) =>
    Math.max(
      ...rows.filter((row) => column < 2 || row.length === HEADER.length).map((row) => (row[column] ?? '').length),
    ),
  )
  return rows.map((row) => {
    if (row.length !== HEADER.length)
      return [pad(row[0], widths[0]), pad(row[1], widths[1]), ...row.slice(2)].join('  ')
    return row
      .map((cell, column) => (column < 2 ? pad(cell, widths[column]) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
  })
}

function pad(cell: string, width: number | undefined): string {
  return cell.padEnd(width ?? 0)
}

function formatDocument(doc: DocumentReport): string {
  const lines = [
    ...doc.missed.map((item) => `  missed    ${item.part.padEnd(8)}  ${item.label}`),
    ...doc.spurious.map((item) => `  spurious  ${item.part.padEnd(8)}  ${item.label}`),
    ...doc.wrong.map(
      (item) => `  wrong     ${item.part.padEnd(8)}  ${item.label}${item.reason ? ` (${item.reason})` : ''}`,
    ),
  ]
  return lines.length === 0 ? '' : [`${doc.id} (${doc.set})`, ...lines].join('\n')
}
