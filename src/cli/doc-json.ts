import type { CodedEvent, Doc, Span } from '../document.js'

/** A span with the text it covers, so JSON output can be read and checked by eye. */
function withText(doc: Doc, span: Span) {
  return { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) }
}

/** The document's layers as plain JSON, every span carrying its text. */
export function docToJson(doc: Doc) {
  return {
    id: doc.id,
    source: doc.source,
    title: doc.title,
    published: doc.published,
    url: doc.url,
    zones: doc.zones.map((zone) => ({ kind: zone.kind, ...withText(doc, zone), reason: zone.reason })),
    sentences: doc.sentences.map((sentence) => withText(doc, sentence)),
    times: doc.times,
    mentions: doc.mentions,
    entities: doc.entities,
    events: doc.events.map((event) => ({ ...event, evidence: withText(doc, event.evidence) })),
    facts: doc.facts.map((fact) => ({ ...fact, evidence: withText(doc, fact.evidence) })),
    diagnostics: doc.diagnostics,
  }
}

function actor(doc: Doc, ref: CodedEvent['source']) {
  if (!ref) return []
  const mention = doc.mentions.find((m) => m.id === ref.mention)
  return [{ code: ref.entity, ...(mention ? { entity_text: mention.text } : {}) }]
}

/** PLOVER-style records (newline-delimited JSON in the manual's field names), one per event. */
export function docToPlover(doc: Doc) {
  return doc.events.map((event) => ({
    id: `${doc.id}-${event.id}`,
    date: event.date?.value ?? null,
    actor: actor(doc, event.source),
    recipient: actor(doc, event.target),
    event: event.plover ? [event.plover] : [],
    cameo: event.cameo,
    quad_code: event.quad,
    goldstein: event.goldstein,
    mode: [...(event.negated ? ['negation'] : []), ...(event.modality === 'hypothetical' ? ['hypothetical'] : [])],
    modality: event.modality,
    event_text: [doc.text.slice(event.trigger.start, event.trigger.end)],
    ...(event.place ? { event_loc: { resolved_place: event.place } } : {}),
    text_info: { sequence: event.sentence, ...withText(doc, event.evidence) },
    cite_info: { url: doc.url ?? null, title: doc.title ?? null, publication: doc.source.name ?? null },
    coder: 'entente',
  }))
}
