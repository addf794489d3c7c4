/** A colour for a Goldstein value (−10 conflict … +10 cooperation): red through grey to blue. */
export function goldsteinColor(value: number): string {
  const t = Math.max(-1, Math.min(1, value / 10))
  const grey = [160, 160, 160]
  const end = t < 0 ? [197, 48, 48] : [43, 108, 176]
  const mix = grey.map((g, i) => Math.round(g + ((end[i] as number) - g) * Math.abs(t)))
  return `rgb(${mix.join(',')})`
}
