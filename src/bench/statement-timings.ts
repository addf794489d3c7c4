import BetterSqlite3 from 'better-sqlite3'

/** One kind of statement's cost over a timed stretch: how often it ran, the rows it returned or changed, CPU ms. */
export interface StatementCost {
  readonly sql: string
  readonly runs: number
  readonly rows: number
  readonly cpuMs: number
}

/**
 * Runs `work` with every SQLite statement of the process timed (processor time, user + system, around each run of a
 * prepared statement), and returns the statements' costs, dearest first. Statements are told apart by their text
 * with the lists that vary (VALUES rows, `?` lists, the ranges of a VALUES table) folded, so one kind of insert or
 * read is one line whatever the number of rows it carries. Timing costs about a microsecond a statement; the figure
 * is for comparing statements with each other, and a store with another (`bench --only growth --statements`).
 */
export async function timeStatements<T>(work: () => Promise<T>): Promise<{ result: T; costs: StatementCost[] }> {
  const costs = new Map<string, { runs: number; rows: number; micros: number }>()
  const prototype = statementPrototype()
  const originals = { all: prototype.all, run: prototype.run, get: prototype.get }
  for (const method of ['all', 'run', 'get'] as const) {
    const original = originals[method] as (...args: unknown[]) => unknown
    prototype[method] = function (this: BetterSqlite3.Statement, ...args: unknown[]) {
      const before = process.cpuUsage()
      let out: unknown
      try {
        out = original.apply(this, args)
        return out
      } finally {
        const used = process.cpuUsage(before)
        const sql = foldSql(this.source)
        const cost = costs.get(sql) ?? { runs: 0, rows: 0, micros: 0 }
        cost.runs++
        cost.rows += rowsOf(method, out)
        cost.micros += used.user + used.system
        costs.set(sql, cost)
      }
    } as never
  }
  try {
    const result = await work()
    const list = [...costs].map(([sql, c]) => ({ sql, runs: c.runs, rows: c.rows, cpuMs: c.micros / 1000 }))
    return { result, costs: list.sort((a, b) => b.cpuMs - a.cpuMs) }
  } finally {
    Object.assign(prototype, originals)
  }
}

function rowsOf(method: 'all' | 'run' | 'get', out: unknown): number {
  if (method === 'run') return Number((out as { changes?: number } | undefined)?.changes ?? 0)
  if (method === 'all') return Array.isArray(out) ? out.length : 0
  return out === undefined ? 0 : 1
}

let prototypeFound: BetterSqlite3.Statement | undefined

/** The prototype every better-sqlite3 statement shares (found once, through a statement of a scratch database). */
function statementPrototype(): BetterSqlite3.Statement {
  if (prototypeFound) return prototypeFound
  const scratch = new BetterSqlite3(':memory:')
  try {
    prototypeFound = Object.getPrototypeOf(scratch.prepare('select 1')) as BetterSqlite3.Statement
  } finally {
    scratch.close()
  }
  return prototypeFound
}

/**
 * A statement's text with its varying lists folded: `(?, ?, ?), (?, ?, ?)` and `in (?, ?)` become `(…)`, a VALUES
 * table's rows become one, branches that repeat (`select * from (…) p0 union all select * from (…) p1`) one and
 * `union all …`, and whitespace runs one space.
 */
export function foldSql(sql: string): string {
  return sql
    .replace(/\s+/g, ' ')
    .replace(/\((?:cast\(\? as \w+\)(?: collate "C")?|\?)(?:, (?:cast\(\? as \w+\)(?: collate "C")?|\?))*\)/g, '(…)')
    .replace(/\(…\)(?:, \(…\))+/g, '(…)')
    .replace(/\) (p|h)\d+\b/g, ') $1')
    .replace(/(select \* from \(.*?\) [ph])(?: union all \1)+/g, '$1 union all …')
    .trim()
}
