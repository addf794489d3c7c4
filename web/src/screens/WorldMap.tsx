import { geoNaturalEarth1, geoPath } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countries from 'world-atlas/countries-110m.json'
import isoNumeric from 'virtual:iso-numeric'
import { get, type Network } from '../api.js'
import { goldsteinColor } from '../parts/colors.js'
import { href, useLoad } from '../route.js'
import { count } from '../parts/count.js'

const topology = countries as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
const shapes = feature(topology, topology.objects.countries).features
const WIDTH = 960
const HEIGHT = 500
const path = geoPath(geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'FeatureCollection', features: shapes }))

/** Countries shaded by how much they deal with the actor (events) or how (mean Goldstein); drawn offline. */
export function WorldMap({ actor, measure }: { actor: string; measure: 'events' | 'goldstein' }) {
  const network = useLoad(() => get<Network>('/api/network', { actor, from: '1900', limit: 500 }), actor)
  const totals = new Map<string, { events: number; goldstein: number }>()
  for (const edge of network.data?.edges ?? []) {
    const other = edge.source === actor ? edge.target : edge.source
    const seen = totals.get(other) ?? { events: 0, goldstein: 0 }
    totals.set(other, {
      events: seen.events + edge.events,
      goldstein: seen.goldstein + edge.goldstein * edge.events,
    })
  }
  const most = Math.max(1, ...[...totals.values()].map((t) => t.events))
  const fill = (code: string | undefined) => {
    if (code === actor) return '#2d3748'
    const total = code === undefined ? undefined : totals.get(code)
    if (!total) return '#edf2f7'
    if (measure === 'goldstein') return goldsteinColor(total.goldstein / total.events)
    return `rgba(43,108,176,${0.2 + (0.8 * total.events) / most})`
  }
  return (
    <section>
      <h1>
        World map: <a href={href(['actor', actor])}>{actor}</a>
      </h1>
      <p>
        Shaded by{' '}
        <a href={href(['map', actor])} aria-current={measure === 'events'}>
          event volume
        </a>{' '}
        or{' '}
        <a href={href(['map', actor], { by: 'goldstein' })} aria-current={measure === 'goldstein'}>
          mean Goldstein
        </a>{' '}
        with {actor}; {totals.size} countries and organizations deal with it.
      </p>
      {network.error && <p class="error">{network.error}</p>}
      <svg class="map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`map of ${actor}'s relations`}>
        {shapes.map((shape) => {
          const code = isoNumeric[String(shape.id)]
          const total = code === undefined ? undefined : totals.get(code)
          return (
            <path key={String(shape.id)} d={path(shape) ?? ''} fill={fill(code)} stroke="#a0aec0" stroke-width={0.5}>
              <title>
                {shape.properties.name}
                {total
                  ? `: ${count(total.events, 'event')}, mean Goldstein ${(total.goldstein / total.events).toFixed(1)}`
                  : ''}
              </title>
            </path>
          )
        })}
      </svg>
    </section>
  )
}
