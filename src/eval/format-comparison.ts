import type { EvalReport, SetReport } from './report.js'
import type { Score } from './score.js'

/** Two runs of the same coder with different dictionaries: event figures per gold set, side by side. */
export function formatComparison(names: readonly [string, string], reports: readonly [EvalReport, EvalReport]): string {
  const [a, b] = reports
  const header = ['set', 'events', ...score(names[0]), ...score(names[1])]
  const rows: string[][] = [header]
  const sets: [string, SetReport, SetReport | undefined][] = [
    ...Object.entries(a.sets).map(([name, set]): [string, SetReport, SetReport | undefined] => [
      name,
      set,
      b.sets[name],
    ]),
    ['overall', a.overall, b.overall],
  ]
  for (const [name, left, right] of sets) {
    if (!left.events) continue
    for (const figure of ['root', 'full'] as const) {
      rows.push([name, figure, ...cells(left.events[figure]), ...cells(right?.events?.[figure])])
    }
  }
  const widths = header.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)))
  const lines = rows.map((row) =>
    row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
  )
  return (
    [`Dictionaries side by side (same coder): ${names[0]} | ${names[1]}`, ...lines.map((l) => `  ${l}`)].join('\n') +
    '\n'
  )
}

function score(name: string): string[] {
  const short = name.length > 10 ? name.slice(0, 10) : name
  return [`${short} p`, 'r', 'f1', 'tp/fp/fn']
}

function cells(score: Score | undefined): string[] {
  if (!score) return ['–', '–', '–', '–']
  const num = (value: number | null) => (value === null ? '–' : value.toFixed(4))
  return [num(score.p), num(score.r), num(score.f1), `${score.tp}/${score.fp}/${score.fn}`]
}
