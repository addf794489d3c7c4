import { partition } from '../dedup/index.js'
import { precisionRank } from '../dedup/cluster-rule.js'
import { clusterRow, type KeyReport } from './cluster-events.js'
import { clustersIn, type ClusterHead } from './cluster-coarse.js'
import { dayText, exactDay } from './cluster-days.js'
import { anchorlessSource, dayHeads, firstDayAnchor } from './cluster-heads.js'
import { copyReportInAny, readRanges, type Key } from './cluster-reads.js'
import type { ClusterChanges } from './cluster-writes.js'
import type { WriteScope } from './numbers.js'

/** How many days a window may span before the whole-years path is cheaper. */
const MAX_DAYS = 800

/**
 * The path for fresh day reports that shift the chain of day anchors (a report on the day before an anchor makes
 * that anchor's day join it, so the next day may anchor, and so on): the day reports are clustered again from the
 * last anchor before them to the first anchor the old and new chains share after them (or the chain's end), and
 * the month and year reports of each month and year whose first anchor changed follow it. Reads the reports of
 * that window only, not of the years. False (nothing changed) when a copy's report is near, a month or year would
 * lose every anchor, or the window grows past MAX_DAYS: the general path then decides.
 */
export async function windowChanges(
  scope: WriteScope,
  fresh: readonly KeyReport[],
  changes: ClusterChanges,
): Promise<boolean> {
  const key = fresh[0] as KeyReport
  const days = fresh.map((report) => exactDay(report.date) as number)
  const lo = Math.min(...days)
  const hi = Math.max(...days)
  const before = await dayHeads(scope, key, lo - 1, lo)
  if (!before) return false
  const start = before.has(lo - 1) ? lo - 1 : lo
  const window = await readWindow(scope, key, start, hi, fresh)
  if (!window) return false
  const { end, stored, old } = window
  const edges = [
    { key, from: dayText(start - 1), to: dayText(start) },
    { key, from: dayText(end), to: dayText(end + 1) },
  ]
  if (await copyReportInAny(scope, edges)) return false
  const clusters = partition([...fresh, ...stored])
  const anchors = new Map(clusters.map((members) => [exactDay((members[0] as KeyReport).date) as number, members]))
  const moves = await periodMoves(scope, key, start, end, old, anchors)
  if (!moves) return false
  // nothing has changed yet: from here on the plan is written into `changes`
  const renamed = new Map<string, string>()
  for (const [day, members] of anchors) {
    const row = clusterRow(members)
    const head = old.get(day)
    if (head && head.id === row.id) {
      if (members.some((member) => !member.stored)) changes.recount.add(row.id)
    } else {
      changes.created.push(row)
      changes.recount.add(row.id)
      if (head) renamed.set(head.id, row.id)
    }
    for (const member of members) {
      if (!member.stored) changes.fresh.set(member.id, row.id)
      else if (member.cluster_id !== row.id && renamed.get(member.cluster_id ?? '') !== row.id) {
        changes.moves.set(row.id, [...(changes.moves.get(row.id) ?? []), member.id])
      }
    }
  }
  for (const [from, to] of renamed) changes.renamed.set(from, to)
  for (const [day, head] of old) if (!anchors.has(day)) changes.gone.push(head.id)
  for (const move of moves) {
    changes.periodMoves.push({ from: move.from.id, to: move.to, period: move.period })
    changes.recount.add(move.to)
    if (move.gone) changes.gone.push(move.from.id)
    else if (anchors.has(exactDay(move.from.date) as number) || !old.has(exactDay(move.from.date) as number)) {
      changes.recount.add(renamed.get(move.from.id) ?? move.from.id)
    }
  }
  for (const id of changes.gone) changes.recount.delete(id)
  return true
}

/**
 * The stored day reports from `start` to the first day after `hi` that anchors a cluster in both the stored chain
 * and the chain with the fresh reports (or past the chain's end), read wider while no such day is found, with the
 * stored anchors of those days. Undefined when a report there is a copy's or no calendar day, or past MAX_DAYS.
 */
async function readWindow(scope: WriteScope, key: Key, start: number, hi: number, fresh: readonly KeyReport[]) {
  for (let to = hi + 16; to - start <= MAX_DAYS; to = start + (to - start) * 4) {
    const [rows] = (await readRanges(scope, [{ key, from: dayText(start), to: dayText(to) }])) as [
      Awaited<ReturnType<typeof readRanges>>[number],
    ]
    const old = await dayHeads(scope, key, start, to, 1024)
    if (!old) return undefined
    const stored: KeyReport[] = []
    const firsts = new Map<number, string>()
    for (const { near_duplicate_of, ...row } of rows) {
      const date = row.date as string
      if (precisionRank(date) !== 0) continue // a month's own date sorts among its days
      const day = exactDay(date)
      if (day === undefined || near_duplicate_of !== null) return undefined
      stored.push({ ...row, date, mayStart: true, stored: true })
      if (!firsts.has(day) || row.id < (firsts.get(day) as string)) firsts.set(day, row.id)
    }
    for (const report of fresh) firsts.set(exactDay(report.date) as number, '')
    // the chain with the fresh reports: a starter day more than a day after the last anchor anchors
    let last = -Infinity
    let end: number | undefined
    for (const day of [...firsts.keys()].sort((a, b) => a - b)) {
      if (day <= last + 1) continue
      last = day
      if (day > hi && old.has(day)) {
        end = day
        break
      }
    }
    if (end === undefined && !(await dayAnchorFrom(scope, key, to - 1))) end = to
    if (end === undefined) continue
    const inside = (day: number) => day < (end as number)
    return {
      end,
      stored: stored.filter((report) => inside(exactDay(report.date) as number)),
      old: new Map([...old].filter(([day]) => inside(day))),
    }
  }
  return undefined
}

/** Whether a stored day anchor of the key is on `day` or later (true too when that cannot be told from a few rows). */
async function dayAnchorFrom(scope: WriteScope, key: Key, day: number): Promise<boolean> {
  const heads = await clustersIn(scope, key, dayText(day), '9999~', 64)
  return heads.length === 64 || heads.some((head) => precisionRank(head.date) === 0)
}

interface PeriodMove {
  readonly from: ClusterHead
  readonly to: string
  readonly period: string
  /** The period's own cluster, left empty. */
  readonly gone: boolean
}

/**
 * The month and year reports that follow their period's first anchor when the window's anchors change: for each
 * month and year the window touches whose first anchor was in the window (or that had none). Undefined when one
 * would lose every anchor, or its reports' cluster cannot be told from a few rows.
 */
async function periodMoves(
  scope: WriteScope,
  key: Key,
  start: number,
  end: number,
  old: ReadonlyMap<number, ClusterHead>,
  anchors: ReadonlyMap<number, KeyReport[]>,
): Promise<PeriodMove[] | undefined> {
  const periods = new Set<string>()
  for (const day of [...old.keys(), ...anchors.keys()]) {
    periods.add(dayText(day).slice(0, 7)).add(dayText(day).slice(0, 4))
  }
  const moves: PeriodMove[] = []
  for (const period of periods) {
    const oldFirst = await firstDayAnchor(scope, key, period)
    if (oldFirst === undefined) return undefined
    const oldDay = oldFirst ? exactDay(oldFirst.date) : undefined
    if (oldFirst && oldDay === undefined) return undefined
    if (oldDay !== undefined && oldDay < start) continue
    const inPeriod = [...anchors.keys()].filter((day) => dayText(day).startsWith(period)).sort((a, b) => a - b)
    let newFirst = inPeriod[0] !== undefined ? (anchors.get(inPeriod[0]) as KeyReport[])[0]?.id : undefined
    if (newFirst === undefined) {
      const periodStart = exactDay(period.length === 7 ? `${period}-01` : `${period}-01-01`) as number
      const later = await firstDayAnchor(scope, key, period, Math.max(end, periodStart))
      if (later === undefined) return undefined
      newFirst = later?.id
    }
    if (newFirst === undefined) {
      if (oldFirst) return undefined // the period loses every anchor
      continue
    }
    if (
      oldFirst &&
      (oldFirst.id === newFirst || (oldDay !== undefined && anchors.has(oldDay) && inPeriod[0] === oldDay))
    )
      continue // the same anchor, or the same day's cluster renamed (its reports follow it)
    if (oldFirst) {
      moves.push({ from: oldFirst, to: newFirst, period, gone: false })
      continue
    }
    const source = await anchorlessSource(scope, key, period)
    if (source === undefined) return undefined
    if (source === null) continue
    moves.push({ from: source, to: newFirst, period, gone: source.date.split('T')[0] === period })
  }
  return moves
}
