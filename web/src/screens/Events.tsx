import { useState } from 'preact/hooks'
import { get, type EventPage } from '../api.js'
import { EventTable } from '../parts/EventTable.js'
import { href, useLoad } from '../route.js'

const FILTERS = ['actor', 'target', 'involving', 'code', 'root', 'quad', 'from', 'to', 'negated', 'modality'] as const

/** The events table with the API's filters, a page at a time (the cursor comes back with each page). */
export function Events({ query }: { query: URLSearchParams }) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, query.get(name) ?? ''])) as Record<string, string>
  const cursor = query.get('cursor') ?? undefined
  const [draft, setDraft] = useState(filters)
  const page = useLoad(() => get<EventPage>('/api/events', { ...filters, cursor, limit: 50 }), query.toString())
  return (
    <section>
      <h1>Events</h1>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault()
          window.location.hash = href(['events'], draft)
        }}
      >
        {FILTERS.map((name) => (
          <label key={name}>
            {name}{' '}
            <input
              name={name}
              value={draft[name]}
              size={10}
              onInput={(event) => setDraft({ ...draft, [name]: event.currentTarget.value })}
            />
          </label>
        ))}
        <button type="submit">Filter</button>
      </form>
      {page.error && <p class="error">{page.error}</p>}
      {page.data && <EventTable events={page.data.events} />}
      <p>
        {cursor && <a href={href(['events'], filters)}>First page</a>}{' '}
        {page.data?.next && (
          <a href={href(['events'], { ...filters, cursor: page.data.next })} rel="next">
            Next page
          </a>
        )}
      </p>
    </section>
  )
}
