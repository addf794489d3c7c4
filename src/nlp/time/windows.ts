/**
 * Speed: the time patterns reach only a few words from the word that anchors them (a digit, a month or weekday
 * name, a unit like "week"), so each runs over the stretches around its anchors instead of a whole paragraph.
 * A stretch is cut at spaces, so word boundaries stay where they are in the paragraph.
 */

export interface Window {
  start: number
  end: number
}

/** How far a stretch reaches on each side of its anchor, in characters (the longest patterns need about 40). */
const REACH = 60

/**
 * Adds the stretch around an anchor at `start`–`end` to `windows`, joined with the last one when they overlap.
 * Anchors must come in text order.
 */
export function addWindow(windows: Window[], text: string, start: number, end: number): void {
  const from = spaceBefore(text, start - REACH)
  const to = spaceAfter(text, end + REACH)
  const last = windows.at(-1)
  if (last && from <= last.end) last.end = Math.max(last.end, to)
  else windows.push({ start: from, end: to })
}

function spaceBefore(text: string, index: number): number {
  if (index <= 0) return 0
  const space = text.lastIndexOf(' ', index)
  return space < 0 ? 0 : space
}

function spaceAfter(text: string, index: number): number {
  if (index >= text.length) return text.length
  const space = text.indexOf(' ', index)
  return space < 0 ? text.length : space
}
