import type { Dossier, DyadSeries, EventRow, EvidenceResult, MembersResult } from './index.js'
import { printable } from './printable.js'

/**
 * Readable renderings of query results for a terminal; --json prints the results themselves. Every value comes
 * from the store, so each goes through `printable` (the `safe` template): an article cannot send the terminal
 * an escape sequence.
 */
const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict']

/** A template literal whose interpolated values are made printable; its literal parts (ours) are kept. */
function safe(parts: TemplateStringsArray, ...values: unknown[]): string {
  return parts.reduce((out, part, i) => `${out}${printable(String(values[i - 1]))}${part}`)
}

function eventLine(e: EventRow): string {
  const negated = e.negated ? ' (negated)' : ''
  return safe`  ${e.date ?? 'undated'}  ${e.source ?? '?'} → ${e.target ?? '?'}  ${e.cameo}${negated}  ${e.id}\n      "${e.evidence}"\n`
}

/** Where a dossier row comes from, with how many statements in news support it when any do. */
function origin(link: Dossier['memberships'][number]): string {
  const n = link.statements ?? 0
  return n > 0 ? `${link.origin}, ${n} statement${n === 1 ? '' : 's'}` : link.origin
}

export function renderDossier(d: Dossier): string {
  const lines = [safe`${d.actor.name} (${d.actor.id}, ${d.actor.kind}) on ${d.at}`, '', 'Memberships:']
  for (const m of d.memberships) lines.push(safe`  ${m.id}  ${m.from ?? '…'} – ${m.to ?? ''}  [${origin(m)}]`)
  if (d.memberships.length === 0) lines.push('  none known')
  lines.push('', 'Offices:')
  for (const o of d.offices)
    lines.push(safe`  ${o.title ?? ''} ${o.id}  ${o.from ?? '…'} – ${o.to ?? ''}  [${origin(o)}]`)
  if (d.offices.length === 0) lines.push('  none known')
  lines.push('', 'Top partners (happenings, Goldstein sum):')
  for (const p of d.partners) lines.push(safe`  ${p.actor}  ${p.clusters}  ${p.goldstein.toFixed(1)}`)
  lines.push('', 'Happenings by quad class:')
  QUADS.forEach((name, i) => lines.push(`  ${name}: ${d.quadCounts[String(i + 1) as '1']}`))
  lines.push('', 'Recent events:')
  return `${lines.join('\n')}\n${d.recentEvents.map(eventLine).join('') || '  none\n'}`
}

export function renderDyad(s: DyadSeries): string {
  const header = safe`${s.a} ↔ ${s.b} by ${s.by}, ${s.from} – ${s.to} (each happening counted once)\n`
  const columns = 'period      direction      vcoop  mcoop  vconf  mconf  goldstein\n'
  const rows = s.periods.map((p) => {
    const c = p.counts
    return `${printable(p.period).padEnd(11)} ${safe`${p.source}→${p.target}`.padEnd(14)} ${[c['1'], c['2'], c['3'], c['4']].map((n) => String(n).padStart(5)).join('  ')}  ${p.goldstein.toFixed(1).padStart(9)}\n`
  })
  const unplaced = s.unplaced ? `${s.unplaced} happenings dated too coarsely for a ${s.by}\n` : ''
  return header + columns + (rows.join('') || '(no events)\n') + unplaced
}

export function renderMembers(r: MembersResult): string {
  const rows = r.members.map(
    (m) =>
      `  ${printable(m.member).padEnd(6)} ` +
      safe`${m.from ?? '…'} – ${m.to ?? ''}  [${m.origin}]${m.status ? ` ${m.status}` : ''}\n`,
  )
  const possibly = (r.possibly ?? []).map(
    (m) => `  ${printable(m.member).padEnd(6)} ` + safe`from ${m.from ?? '…'}, not known to the day  [possibly]\n`,
  )
  return safe`Members of ${r.name} (${r.org}) on ${r.at}: ${r.members.length}\n` + rows.join('') + possibly.join('')
}

export function renderEvents(events: EventRow[]): string {
  return events.length ? events.map(eventLine).join('') : 'no events\n'
}

export function renderEvidence(r: EvidenceResult, tty: boolean): string {
  const head = safe`${r.event}: ${r.source ?? '?'} → ${r.target ?? '?'} ${r.cameo} ${r.date ?? 'undated'} · ${r.reports.length} report(s)\n`
  const body = r.reports.map((report) => {
    const a = report.article
    const near = report.nearDuplicateOf ? ` (near-duplicate of ${report.nearDuplicateOf})` : ''
    const where = safe`${a.title ?? a.id} ${a.published ?? ''} ${a.url ?? ''}${near}`.trim()
    return `\n  ${where}\n  ${highlight(report.sentence.text, report.evidence, report.trigger, tty)}\n`
  })
  return head + body.join('')
}

/** The sentence with the evidence underlined and the trigger in bold on a terminal, in [brackets] otherwise. */
function highlight(
  text: string,
  evidence: { start: number; end: number },
  trigger: { start: number; end: number },
  tty: boolean,
) {
  if (!tty || process.env['NO_COLOR']) {
    return safe`${text.slice(0, evidence.start)}[${text.slice(evidence.start, evidence.end)}]${text.slice(evidence.end)}`
  }
  const marks = [
    [evidence.start, '\x1b[4m'],
    [trigger.start, '\x1b[1m'],
    [trigger.end, '\x1b[22m'],
    [evidence.end, '\x1b[24m'],
  ] as const
  let out = ''
  let at = 0
  for (const [offset, code] of [...marks].sort((x, y) => x[0] - y[0])) {
    out += printable(text.slice(at, offset)) + code
    at = offset
  }
  return out + printable(text.slice(at))
}
