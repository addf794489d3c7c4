/** Ranked, case-insensitive search over entity ids, names and aliases, with a little typo tolerance. */
import { normalizeSurface } from './normalize.js'
import type { KbEntity } from './types.js'

const KIND_ORDER = ['country', 'organization', 'person', 'region', 'place']

function fold(text: string): string {
  return normalizeSurface(text).toLowerCase()
}

/** Edit distance, stopping early above `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    previous = current
  }
  return previous[b.length] ?? limit + 1
}

function score(query: string, entity: KbEntity): number {
  if (fold(entity.id) === query || fold(entity.id.replace(/^\w+:/, '')) === query) return 100
  const name = fold(entity.name)
  const aliases = entity.aliases.map(fold)
  if (name === query) return 90
  if (aliases.includes(query)) return 80
  if (name.startsWith(query)) return 70
  if (aliases.some((alias) => alias.startsWith(query))) return 60
  if (name.includes(query)) return 50
  if (aliases.some((alias) => alias.includes(query))) return 40
  if (query.length < 5) return 0
  const words = [name, ...aliases]
  return words.some((word) => distance(word, query, 2) <= 2) ? 20 : 0
}

/** Entities whose id, name or alias matches `text`, best first; ties by kind then name. */
export function searchEntities(entities: Iterable<KbEntity>, text: string, limit = 20): KbEntity[] {
  const query = fold(text)
  if (query === '') return []
  const scored: [number, KbEntity][] = []
  for (const entity of entities) {
    const value = score(query, entity)
    if (value > 0) scored.push([value, entity])
  }
  scored.sort(
    ([a, x], [b, y]) =>
      b - a || KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || x.name.localeCompare(y.name, 'en'),
  )
  return scored.slice(0, limit).map(([, entity]) => entity)
}
