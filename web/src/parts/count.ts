/** A count with its noun, singular for one: "1 event", "3 events". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`
}
