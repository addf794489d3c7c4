import { useEffect, useRef } from 'preact/hooks'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import { get, type DyadSeries, type EventPage } from '../api.js'
import { count } from '../parts/count.js'
import { EventTable } from '../parts/EventTable.js'
import { href, useLoad } from '../route.js'

interface Month {
  period: string
  forward: number
  backward: number
  events: number
}

function months(series: DyadSeries): Month[] {
  const byPeriod = new Map<string, Month>()
  for (const row of series.periods) {
    const month = byPeriod.get(row.period) ?? { period: row.period, forward: 0, backward: 0, events: 0 }
    if (row.source === series.a) month.forward += row.goldstein
    else month.backward += row.goldstein
    month.events += row.events
    byPeriod.set(row.period, month)
  }
  return [...byPeriod.values()].sort((x, y) => x.period.localeCompare(y.period))
}

/** Cooperation–conflict of two actors by month, Goldstein-weighted; a month clicked lists its events. */
export function Dyad({ a, b, month }: { a: string; b: string; month: string | undefined }) {
  const series = useLoad(() => get<DyadSeries>(`/api/dyads/${a}/${b}`, { from: '2000', by: 'month' }), `${a}|${b}`)
  const rows = series.data ? months(series.data) : []
  const open = (period: string) => (window.location.hash = href(['dyad', a, b], { month: period }))
  return (
    <section>
      <h1>
        <a href={href(['actor', a])}>{a}</a> – <a href={href(['actor', b])}>{b}</a>
      </h1>
      <p>Goldstein-weighted cooperation (above zero) and conflict (below), by month; each happening counted once.</p>
      {series.error && <p class="error">{series.error}</p>}
      {rows.length > 0 && <Chart rows={rows} a={a} b={b} onPick={open} />}
      <ul class="months" data-testid="months">
        {rows.map((row) => (
          <li key={row.period}>
            <button type="button" class={row.period === month ? 'picked' : undefined} onClick={() => open(row.period)}>
              {row.period}
            </button>{' '}
            {count(row.events, 'event')}, {a}→{b} {row.forward.toFixed(1)}, {b}→{a} {row.backward.toFixed(1)}
          </li>
        ))}
      </ul>
      {series.data && rows.length === 0 && <p>No events between them.</p>}
      {month && <MonthEvents a={a} b={b} month={month} />}
    </section>
  )
}

/** A month's bars stand on its 15th; the time axis reaches this far past the first and the last month (seconds), so their bars are whole. */
const HALF_MONTH = 16 * 24 * 3600

/** Each side's bars on its own half of the month, so that months both sides acted in show both. */
const SIDE_BY_SIDE = { size: [0.35, 24] as [number, number] }

function Chart({ rows, a, b, onPick }: { rows: Month[]; a: string; b: string; onPick: (period: string) => void }) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!box.current) return
    const x = rows.map((row) => Date.UTC(Number(row.period.slice(0, 4)), Number(row.period.slice(5, 7)) - 1, 15) / 1000)
    const forwardBars = uPlot.paths.bars?.({ ...SIDE_BY_SIDE, align: -1 })
    const backwardBars = uPlot.paths.bars?.({ ...SIDE_BY_SIDE, align: 1 })
    const plot = new uPlot(
      {
        width: Math.min(900, box.current.clientWidth || 900),
        height: 260,
        scales: { x: { time: true, range: (_plot, min, max) => [min - HALF_MONTH, max + HALF_MONTH] } },
        hooks: {
          // the axis's reach, for the browser test that the first and last months' bars are whole
          setScale: [
            (plot, key) => {
              if (key !== 'x' || !box.current) return
              box.current.dataset['xMin'] = String(plot.scales['x']?.min)
              box.current.dataset['xMax'] = String(plot.scales['x']?.max)
            },
          ],
        },
        series: [
          {},
          {
            label: `${a}→${b}`,
            stroke: '#2b6cb0',
            fill: 'rgba(43,108,176,0.35)',
            ...(forwardBars ? { paths: forwardBars } : {}),
          },
          {
            label: `${b}→${a}`,
            stroke: '#c05621',
            fill: 'rgba(192,86,33,0.35)',
            ...(backwardBars ? { paths: backwardBars } : {}),
          },
        ],
        axes: [{}, { label: 'Goldstein' }],
      },
      [x, rows.map((row) => row.forward), rows.map((row) => row.backward)],
      box.current,
    )
    const pick = () => {
      const index = plot.cursor.idx
      const row = index === null || index === undefined ? undefined : rows[index]
      if (row) onPick(row.period)
    }
    plot.over.addEventListener('click', pick)
    return () => plot.destroy()
  }, [rows.map((row) => row.period).join(), a, b])
  return <div class="chart" ref={box} data-testid="dyad-chart" />
}

function MonthEvents({ a, b, month }: { a: string; b: string; month: string }) {
  const events = useLoad(async () => {
    const range = { from: month, to: month, limit: 200 }
    const [forward, backward] = await Promise.all([
      get<EventPage>('/api/events', { actor: a, target: b, ...range }),
      get<EventPage>('/api/events', { actor: b, target: a, ...range }),
    ])
    return [...forward.events, ...backward.events].sort((x, y) => (y.date ?? '').localeCompare(x.date ?? ''))
  }, `${a}|${b}|${month}`)
  return (
    <div class="panel wide" data-testid="month-events">
      <h2>Events in {month}</h2>
      {events.error && <p class="error">{events.error}</p>}
      {events.data && <EventTable events={events.data} />}
    </div>
  )
}
