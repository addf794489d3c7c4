import { useEffect, useState } from 'preact/hooks'
import { get, QUADS, type DatedLink, type Dossier as DossierData } from '../api.js'
import { dateRange } from '../parts/dates.js'
import { EventTable } from '../parts/EventTable.js'
import { href, useLoad } from '../route.js'

const FIRST_DAY = Date.UTC(1990, 0, 1)
const DAY = 86_400_000

function dayOf(index: number): string {
  return new Date(FIRST_DAY + index * DAY).toISOString().slice(0, 10)
}

function indexOf(day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - FIRST_DAY) / DAY)
}

const TODAY = new Date().toISOString().slice(0, 10)

/** An actor on a day: memberships and offices (move the slider to move the day), partners, event mix, recent events. */
export function Dossier({ id, at }: { id: string; at: string | undefined }) {
  const [day, setDay] = useState(at ?? TODAY)
  const [shown, setShown] = useState(day)
  useEffect(() => {
    // the slider moves freely; the dossier follows once it rests
    const timer = setTimeout(() => setShown(day), 120)
    return () => clearTimeout(timer)
  }, [day])
  const dossier = useLoad(
    () => get<DossierData>(`/api/actors/${encodeURIComponent(id)}`, { at: shown }),
    `${id}|${shown}`,
  )
  const data = dossier.data
  return (
    <section class="dossier">
      <h1>
        {data?.actor.name ?? id} <code>{id}</code> {data && <span class="kind">{data.actor.kind}</span>}
      </h1>
      <div class="slider">
        <label for="at">On</label>
        <input
          id="at"
          name="at"
          type="range"
          min={0}
          max={indexOf(TODAY)}
          step={1}
          value={indexOf(day)}
          aria-valuetext={day}
          onInput={(event) => setDay(dayOf(Number(event.currentTarget.value)))}
        />
        <input
          type="date"
          aria-label="date"
          value={day}
          onChange={(event) => event.currentTarget.value && setDay(event.currentTarget.value)}
        />
        <output data-testid="at">{shown}</output>
      </div>
      {dossier.error && <p class="error">{dossier.error}</p>}
      {data && (
        <div class="panels" aria-busy={dossier.loading}>
          <Links title="Memberships" links={data.memberships} empty="No memberships on this day." />
          <Links title="Offices" links={data.offices} empty="No offices on this day." />
          <div class="panel">
            <h2>Partners</h2>
            <ul data-testid="partners">
              {data.partners.map((partner) => (
                <li key={partner.actor}>
                  <a href={href(['dyad', id, partner.actor])}>
                    {id}–{partner.actor}
                  </a>{' '}
                  {partner.clusters} {partner.clusters === 1 ? 'event' : 'events'}, Goldstein{' '}
                  {partner.goldstein.toFixed(1)}
                </li>
              ))}
            </ul>
            <p>
              <a href={href(['map', id])}>World map</a> · <a href={href(['network'], { from: '2000' })}>Network</a> ·{' '}
              <a href={href(['events'], { involving: id })}>All events</a>
            </p>
          </div>
          <div class="panel">
            <h2>Events by quad class</h2>
            <ul>
              {(['1', '2', '3', '4'] as const).map((quad) => (
                <li key={quad} class={`quad q${quad}`}>
                  {QUADS[Number(quad)]}: {data.quadCounts[quad]}
                </li>
              ))}
            </ul>
          </div>
          <div class="panel wide">
            <h2>Recent events</h2>
            <EventTable events={data.recentEvents} />
          </div>
        </div>
      )}
    </section>
  )
}

function Links({ title, links, empty }: { title: string; links: readonly DatedLink[]; empty: string }) {
  return (
    <div class="panel">
      <h2>{title}</h2>
      {links.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul data-testid={title.toLowerCase()}>
          {links.map((link) => (
            <li key={`${link.id}|${link.title ?? ''}`}>
              {link.title && <span>{link.title} </span>}
              <a href={href(['actor', link.id])}>{link.id}</a>{' '}
              <span class="dates">{dateRange(link.from, link.to)}</span>{' '}
              <span class={`origin ${link.origin}`}>{link.origin}</span>
              {link.evidence && <q>{link.evidence}</q>}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
