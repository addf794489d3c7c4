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

/** A size for messages: MB with one decimal, or bytes when that would read "0.0 MB". */
function sizeOf(bytes: number, exact = false): string {
  if (bytes < 0.1 * 1024 * 1024) return `${bytes} bytes`
  const megabytes = `${(bytes / (1024 * 1024)).toFixed(1)} MB`
  return exact ? `${megabytes} (${bytes} bytes)` : megabytes
}
