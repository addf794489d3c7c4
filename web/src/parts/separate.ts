import type { Core, NodeSingular } from 'cytoscape'

/** Space kept between two node boxes, in model px. */
const GAP = 4
const ROUNDS = 60

/**
 * Pushes apart nodes whose boxes (label included) overlap, along the axis where they overlap least, until none
 * do. A force layout only tends to keep nodes apart: in a dense centre a few boxes still overlap, and their labels
 * become one unreadable knot. A few rounds over every pair settle the layout's last overlaps (tens of nodes: cheap).
 */
export function separateNodes(cy: Core): void {
  const nodes = cy.nodes().toArray() as NodeSingular[]
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false
    const boxes = nodes.map((node) => node.boundingBox({ includeLabels: true, includeEdges: false }))
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = boxes[i]
        const b = boxes[j]
        if (!a || !b) continue
        const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + GAP
        const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + GAP
        if (dx <= 0 || dy <= 0) continue
        const p = nodes[i]?.position()
        const q = nodes[j]?.position()
        if (!p || !q) continue
        // move each half the overlap, away from the other, along the cheaper axis
        const horizontal = dx < dy
        const sign = (horizontal ? p.x - q.x : p.y - q.y) >= 0 ? 1 : -1
        const step = ((horizontal ? dx : dy) / 2) * sign
        const shift = horizontal ? { x: step, y: 0 } : { x: 0, y: step }
        nodes[i]?.position({ x: p.x + shift.x, y: p.y + shift.y })
        nodes[j]?.position({ x: q.x - shift.x, y: q.y - shift.y })
        boxes[i] = { ...a, x1: a.x1 + shift.x, x2: a.x2 + shift.x, y1: a.y1 + shift.y, y2: a.y2 + shift.y }
        boxes[j] = { ...b, x1: b.x1 - shift.x, x2: b.x2 - shift.x, y1: b.y1 - shift.y, y2: b.y2 - shift.y }
        moved = true
      }
    }
    if (!moved) return
  }
}
