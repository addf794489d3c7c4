import cytoscape from 'cytoscape'
import { useEffect, useRef, useState } from 'preact/hooks'
import { get, type Network } from '../api.js'
import { goldsteinColor } from '../parts/colors.js'
import { separateNodes } from '../parts/separate.js'
import { href, useLoad } from '../route.js'

/**
 * A force layout that keeps nodes apart: the default one pulls every well-connected actor into one knot at the
 * centre (many edges among a few actors), where their labels overlap. Strong repulsion, long ideal edges and weak
 * gravity spread them over the box; node boxes include their labels, so the layout keeps labels apart too.
 */
/** Label size in px at zoom 1; node boxes are sized from it. */
const FONT = 13

const LAYOUT = {
  name: 'cose',
  animate: false,
  randomize: false,
  nodeDimensionsIncludeLabels: true,
  nodeRepulsion: () => 30_000,
  nodeOverlap: 40,
  idealEdgeLength: () => 40,
  edgeElasticity: () => 100,
  gravity: 1,
  componentSpacing: 60,
  numIter: 2500,
  padding: 20,
} as const

/** Who acts on whom in a period: edges weighted by events, coloured by mean Goldstein; a node opens its dossier. */
export function NetworkGraph({ from, to }: { from: string; to: string | undefined }) {
  const [range, setRange] = useState({ from, to: to ?? '' })
  const network = useLoad(() => get<Network>('/api/network', { from, to, limit: 150 }), `${from}|${to ?? ''}`)
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!box.current || !network.data) return
    const { edges, nodes } = network.data
    const heaviest = Math.max(1, ...edges.map((edge) => edge.events))
    const graph = cytoscape({
      container: box.current,
      elements: [
        ...nodes.map(({ id, label, name }) => ({ data: { id, label, name, width: 10 + FONT * 0.62 * label.length } })),
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
          // the label is the node: a box sized to its text, so two labels can only overlap where two nodes would
          selector: 'node',
          style: {
            label: 'data(label)',
            shape: 'round-rectangle',
            width: 'data(width)',
            height: 18,
            'font-size': FONT,
            'text-valign': 'center',
            'text-halign': 'center',
            'background-color': '#4a5568',
            color: '#ffffff',
          },
        },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(color)',
            'target-arrow-color': 'data(color)',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            opacity: 0.8,
          },
        },
      ],
      layout: LAYOUT,
    })
    separateNodes(graph)
    graph.fit(undefined, LAYOUT.padding)
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
