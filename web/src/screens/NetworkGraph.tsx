import cytoscape from 'cytoscape'
import { useEffect, useRef, useState } from 'preact/hooks'
import { get, type Network } from '../api.js'
import { goldsteinColor } from '../parts/colors.js'
import { href, useLoad } from '../route.js'

/** Who acts on whom in a period: edges weighted by events, coloured by mean Goldstein; a node opens its dossier. */
export function NetworkGraph({ from, to }: { from: string; to: string | undefined }) {
  const [range, setRange] = useState({ from, to: to ?? '' })
  const network = useLoad(() => get<Network>('/api/network', { from, to, limit: 150 }), `${from}|${to ?? ''}`)
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!box.current || !network.data) return
    const edges = network.data.edges
    const nodes = [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))]
    const heaviest = Math.max(1, ...edges.map((edge) => edge.events))
    const graph = cytoscape({
      container: box.current,
      elements: [
        ...nodes.map((id) => ({ data: { id, label: id } })),
        ...edges.map((edge) => ({
          data: {
            id: `${edge.source}->${edge.target}`,
            source: edge.source,
            target: edge.target,
            width: 1 + (7 * edge.events) / heaviest,
            color: goldsteinColor(edge.goldstein),
          },
        })),
      ],
      style: [
        {
          selector: 'node',
          style: { label: 'data(label)', 'font-size': 11, 'background-color': '#4a5568', color: '#1a202c' },
        },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(color)',
            'target-arrow-color': 'data(color)',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
          },
        },
      ],
      layout: { name: 'cose', animate: false, randomize: false },
    })
    graph.on('tap', 'node', (event) => {
      window.location.hash = href(['actor', String(event.target.id())])
    })
    box.current.dataset['rendered'] = String(nodes.length)
    return () => graph.destroy()
  }, [network.data])
  return (
    <section>
      <h1>Network</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          window.location.hash = href(['network'], range)
        }}
      >
        <label>
          From <input value={range.from} onInput={(e) => setRange({ ...range, from: e.currentTarget.value })} />
        </label>{' '}
        <label>
          to <input value={range.to} onInput={(e) => setRange({ ...range, to: e.currentTarget.value })} />
        </label>{' '}
        <button type="submit">Show</button>
      </form>
      {network.error && <p class="error">{network.error}</p>}
      {network.data && <p>{network.data.edges.length} directed pairs; edge width is events, colour mean Goldstein.</p>}
      <div class="graph" ref={box} data-testid="network" />
    </section>
  )
}
