import type { Doc } from '../document.js'
import { printable } from '../query/printable.js'

function clip(text: string, width = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat
}

/** A readable per-article summary for a terminal; the article's text cannot send the terminal a command. */
export function summarize(doc: Doc): string {
  const lines: string[] = []
  lines.push(`■ ${doc.title ?? clip(doc.text, 60)}`)
  lines.push(
    `  source ${doc.source.path}${doc.source.item ? ` #${doc.source.item}` : ''} · published ${doc.published ?? 'unknown'} · id ${doc.id}`,
  )
  lines.push('  zones')
  for (const zone of doc.zones) {
    lines.push(
      `    ${zone.kind.padEnd(8)} ${clip(doc.text.slice(zone.start, zone.end))}${zone.reason ? `  (${zone.reason})` : ''}`,
    )
  }
  lines.push(`  sentences ${doc.sentences.length} · tokens ${doc.tokens.length}`)
  if (doc.times.length) lines.push('  times')
  for (const time of doc.times) {
    lines.push(
      `    ${JSON.stringify(time.text).padEnd(22)} ${time.resolved ? time.value : 'unresolved'} (${time.precision})`,
    )
  }
  if (doc.entities.length) lines.push('  entities')
  for (const entity of doc.entities) {
    const texts = [...new Set(entity.mentions.map((id) => doc.mentions.find((m) => m.id === id)?.text ?? id))]
    const role = entity.role ? ` — ${entity.role.title}${entity.role.of ? ` (${entity.role.of})` : ''}` : ''
    lines.push(`    ${entity.id.padEnd(26)} ${entity.kind}${role}: ${clip(texts.join(' · '), 60)}`)
  }
  if (doc.events.length) lines.push('  events')
  for (const event of doc.events) {
    const flags = [event.negated ? 'NEGATED' : '', event.modality !== 'asserted' ? event.modality : ''].filter(Boolean)
    lines.push(
      `    ${event.source?.entity ?? '—'} → ${event.target?.entity ?? '—'}  ${event.cameo} ${event.plover ?? ''} ` +
        `g=${event.goldstein} q${event.quad} ${event.date?.value ?? (event.dateAfter ? `after ${event.dateAfter}` : 'date unknown')}` +
        `${flags.length ? ` [${flags.join(', ')}]` : ''}`,
    )
    lines.push(`      “${clip(doc.text.slice(event.evidence.start, event.evidence.end), 90)}”`)
  }
  if (doc.facts.length) lines.push('  facts')
  for (const fact of doc.facts) {
    const when = [
      fact.start && `from ${fact.start}`,
      fact.end && `to ${fact.end}`,
      fact.startAfter && `after ${fact.startAfter}`,
    ]
      .filter(Boolean)
      .join(' ')
    lines.push(`    ${fact.relation} ${fact.subject} → ${fact.object} ${when}`)
    lines.push(`      “${clip(doc.text.slice(fact.evidence.start, fact.evidence.end), 90)}”`)
  }
  const warnings = doc.diagnostics.filter((d) => d.severity !== 'info')
  for (const d of warnings) lines.push(`  ${d.severity}: ${d.message}`)
  return lines.map(printable).join('\n') + '\n\n'
}
