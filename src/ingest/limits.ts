import { EntenteError } from '../errors.js'

/** The "input.too-large" error: `name` is what is too large (a file, "dump.jsonl#12"), `limit` which bound. */
export function tooLarge(
  name: string,
  size: number,
  max: number,
  limit: 'article' | 'file',
  input = name,
  prefix = '',
): EntenteError {
  const hint =
    limit === 'article'
      ? `Pass --max-bytes ${size} or more to read it anyway`
      : `Split it into smaller files (a file or stdin is read up to ${sizeOf(max)})`
  return new EntenteError(
    'input.too-large',
    `Cannot read "${name}": it is ${prefix}${sizeOf(size, true)}, over the ${sizeOf(max)} limit for one ${limit}`,
    { input, hint },
  )
}

/** A size for messages: bytes under a KB, then KB or MB with one decimal (never "0.0 MB" or "0.1 MB"). */
function sizeOf(bytes: number, exact = false): string {
  if (bytes < 1024) return `${bytes} bytes`
  const [unit, scale] = bytes < 1024 * 1024 ? ['KB', 1024] : ['MB', 1024 * 1024]
  const rounded = `${(bytes / scale).toFixed(1)} ${unit}`
  return exact ? `${rounded} (${bytes} bytes)` : rounded
}
