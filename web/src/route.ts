import { useEffect, useState } from 'preact/hooks'

/** The screen the address names: `#/actor/JPN?at=2023-04-05` → { path: ['actor', 'JPN'], query: { at: … } }. */
export interface Route {
  path: string[]
  query: URLSearchParams
}

function current(): Route {
  const [path = '', search = ''] = window.location.hash.replace(/^#\/?/, '').split('?')
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(search) }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(current)
  useEffect(() => {
    const changed = () => setRoute(current())
    window.addEventListener('hashchange', changed)
    return () => window.removeEventListener('hashchange', changed)
  }, [])
  return route
}

/** The address of a screen. */
export function href(path: string[], query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value)
  const search = params.size > 0 ? `?${params}` : ''
  return `#/${path.map(encodeURIComponent).join('/')}${search}`
}

/** Runs an async load whenever `key` changes; the latest answer wins. */
export function useLoad<T>(load: () => Promise<T>, key: string): { data?: T; error?: string; loading: boolean } {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true })
  useEffect(() => {
    let live = true
    setState((previous) => ({ ...previous, loading: true }))
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) =>
        live && setState({ error: error instanceof Error ? error.message : String(error), loading: false }),
    )
    return () => {
      live = false
    }
  }, [key])
  return state
}
