import { useState } from 'preact/hooks'
import { get, type SearchHit } from '../api.js'
import { href, useLoad } from '../route.js'

/** Search across actors, organizations and people; each hit opens its dossier. */
export function Search({ q }: { q: string }) {
  const [text, setText] = useState(q)
  const result = useLoad(
    () => (q ? get<{ hits: SearchHit[] }>('/api/search', { q }) : Promise.resolve({ hits: [] })),
    q,
  )
  return (
    <section>
      <h1>Search</h1>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault()
          window.location.hash = href([], { q: text.trim() })
        }}
      >
        <input
          name="q"
          type="search"
          aria-label="actor, organization or person"
          placeholder="Japan, NATO, Stoltenberg…"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit">Search</button>
      </form>
      {result.error && <p class="error">{result.error}</p>}
      {q && result.data && result.data.hits.length === 0 && <p>Nothing matches “{q}”.</p>}
      <ul class="hits">
        {result.data?.hits.map((hit) => (
          <li key={hit.id}>
            <a href={href(['actor', hit.id])}>{hit.name}</a> <span class="kind">{hit.kind}</span> <code>{hit.id}</code>{' '}
            {hit.origin === 'learned' && <span class="learned">from news</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}
