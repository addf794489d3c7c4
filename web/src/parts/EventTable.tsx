import { QUADS, type EventRow } from '../api.js'
import { href } from '../route.js'

/** Event reports as a table; each row opens its evidence. */
export function EventTable({ events }: { events: readonly EventRow[] }) {
  if (events.length === 0) return <p>No events.</p>
  return (
    <table class="events">
      <thead>
        <tr>
          <th>Date</th>
          <th>Source</th>
          <th>Target</th>
          <th>CAMEO</th>
          <th>Quad</th>
          <th>Goldstein</th>
          <th>Evidence</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id} class={event.negated ? 'negated' : undefined}>
            <td>{event.date ?? '—'}</td>
            <td>{event.source ?? '—'}</td>
            <td>{event.target ?? '—'}</td>
            <td>
              {event.cameo}
              {event.negated ? ' (not)' : ''}
            </td>
            <td class={`quad q${event.quad}`}>{QUADS[event.quad]}</td>
            <td>{event.goldstein}</td>
            <td>
              <a href={href(['event', event.id])}>{event.evidence}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
