import type { QueryContext } from './context.js'
import { findActor, type ActorInfo } from './actor.js'
import { learnedFacts, learnedHoldings, triplesEvidence } from './learned-facts.js'
import type { EventRow } from './events.js'
import { recentEvents } from './recent.js'
import { mixUpTo } from './actor-mix.js'

export interface DatedLink {
  /** The organization (memberships) or the office holder / office (offices). */
  readonly id: string
  readonly title?: string
  readonly of?: string
  readonly from: string | null
  readonly to: string | null
  /** curated: the KB; learned: only news; both: the KB, confirmed by news. */
  readonly origin: 'curated' | 'learned' | 'both'
  readonly evidence?: string
  /** How many learned statements support it. */
  readonly statements?: number
}

export interface Partner {
  readonly actor: string
  readonly clusters: number
  readonly goldstein: number
}

export interface Dossier {
  readonly actor: ActorInfo
  readonly at: string
  readonly memberships: readonly DatedLink[]
  readonly offices: readonly DatedLink[]
  readonly partners: readonly Partner[]
  /** Happenings (clusters, counted once) by quad class, up to the date; negated reports left out. */
  readonly quadCounts: Readonly<Record<'1' | '2' | '3' | '4', number>>
  readonly recentEvents: readonly EventRow[]
}

/** Everything known about an actor on a day: memberships, offices, partners, event mix and recent events. */
export async function actorDossier(
  ctx: QueryContext,
  id: string,
  options: { at: string; limit?: number },
): Promise<Dossier> {
  const actor = await findActor(ctx, id)
  const { at } = options
  const curatedMemberships: DatedLink[] = (ctx.kb?.membershipsOf(id, at) ?? []).map((m) => ({
    id: m.org,
    from: m.from ?? null,
    to: m.to ?? null,
    origin: 'curated',
  }))
  const learnedMemberships = await learnedMembershipsOf(ctx, id, at, curatedMemberships)
  const mix = await partnersAndQuads(ctx, id, at)
  return {
    actor,
    at,
    memberships: [...curatedMemberships, ...learnedMemberships],
    offices: await offices(ctx, actor, at),
    partners: mix.partners,
    quadCounts: mix.quadCounts,
    recentEvents: await recentEvents(ctx, id, at, options.limit ?? 10),
  }
}

/**
 * The organizations news says the actor belongs to on the day and the KB does not, one row each (however many
 * statements repeat it) with its statement count and its first statement as evidence. Only sure memberships: a
 * start known only to the month or year containing the day is left out, as the members list leaves it out.
 */
async function learnedMembershipsOf(
  ctx: QueryContext,
  id: string,
  at: string,
  curated: readonly DatedLink[],
): Promise<DatedLink[]> {
  const holdings = await learnedHoldings(ctx, { relation: 'member_of', side: 'subject', id, at })
  const learned = holdings.filter((h) => h.certainty === 'member' && !curated.some((m) => m.id === h.other))
  const evidence = await triplesEvidence(
    ctx,
    { relation: 'member_of', side: 'subject', id, others: learned.map((h) => h.other) },
    1,
  )
  return learned.map((h): DatedLink => {
    const first = evidence.get(h.other)?.[0]
    return {
      id: h.other,
      from: h.from,
      to: h.to,
      origin: 'learned',
      ...(first ? { evidence: first.evidence } : {}),
      statements: h.statements,
    }
  })
}

async function offices(ctx: QueryContext, actor: ActorInfo, at: string): Promise<DatedLink[]> {
  const roles =
    actor.kind === 'person' ? (ctx.kb?.rolesAt(actor.id, at) ?? []) : (ctx.kb?.officeHoldersAt?.(actor.id, at) ?? [])
  const curated: DatedLink[] = roles.map((role) => ({
    id: actor.kind === 'person' ? role.of : role.person,
    title: role.title,
    of: role.of,
    from: role.from ?? null,
    to: role.to ?? null,
    origin: 'curated',
  }))
  const relations = ['holds_office', 'presides']
  const learned = [
    ...(await learnedFacts(ctx, { relations, subject: actor.id, at })).map((f) => ({ ...f, other: f.object })),
    ...(await learnedFacts(ctx, { relations, object: actor.id, at })).map((f) => ({ ...f, other: f.subject })),
  ].map((fact): DatedLink => ({
    id: fact.other,
    title: typeof fact.attributes['title'] === 'string' ? fact.attributes['title'] : fact.relation,
    from: fact.from,
    to: fact.to,
    origin: 'learned',
    evidence: fact.evidence,
  }))
  return mergeLearned(curated, learned)
}

/**
 * One row per office: statements from news that repeat a curated office confirm it ("both"), and repeated
 * learned statements of one office become one row, from its earliest date, with their count.
 */
function mergeLearned(curated: readonly DatedLink[], learned: readonly DatedLink[]): DatedLink[] {
  const rows = new Map<string, DatedLink>(curated.map((link) => [`${link.id}|${link.title ?? ''}`, link]))
  for (const link of learned) {
    const key = `${link.id}|${link.title ?? ''}`
    const known = rows.get(key)
    if (!known) {
      rows.set(key, { ...link, statements: 1 })
      continue
    }
    const earliest = known.origin === 'learned' && link.from !== null && (known.from ?? '9') > link.from
    rows.set(key, {
      ...known,
      ...(earliest ? { from: link.from } : {}),
      origin: known.origin === 'learned' ? 'learned' : 'both',
      evidence: known.evidence ?? link.evidence,
      statements: (known.statements ?? 0) + 1,
    } as DatedLink)
  }
  return [...rows.values()]
}

/**
 * The actor's partners (top 10 by clusters) and its happenings by quad class, up to the day, negated reports left
 * out, from its clusters as source, then as target, each summed by the other side (mixUpTo: whole months from
 * sums kept in memory, the day's month from the store). A cluster with the actor on both sides is counted once in
 * the event mix (on the source side) and is no partner; one with no other side is no partner either.
 */
async function partnersAndQuads(
  ctx: QueryContext,
  id: string,
  at: string,
): Promise<{ partners: Partner[]; quadCounts: Dossier['quadCounts'] }> {
  const totals = new Map<string, Partner>()
  const quadCounts = { '1': 0, '2': 0, '3': 0, '4': 0 }
  for (const side of ['source', 'target'] as const) {
    for (const row of await mixUpTo(ctx, side, id, at)) {
      if (side === 'source' || row.actor !== id) {
        for (const quad of QUADS) quadCounts[`${quad}`] += row.quads[quad - 1] ?? 0
      }
      if (row.actor === null || row.actor === id) continue
      const seen = totals.get(row.actor) ?? { actor: row.actor, clusters: 0, goldstein: 0 }
      totals.set(row.actor, {
        actor: row.actor,
        clusters: seen.clusters + row.clusters,
        goldstein: seen.goldstein + row.goldstein,
      })
    }
  }
  // Goldstein sums rounded as the dyad series rounds them: the order a database adds floats in (its plan) must
  // not show as 13.600000000000001
  const partners = [...totals.values()]
    .sort((a, b) => b.clusters - a.clusters || a.actor.localeCompare(b.actor))
    .slice(0, 10)
    .map((partner) => ({ ...partner, goldstein: Math.round(partner.goldstein * 1000) / 1000 }))
  return { partners, quadCounts }
}

const QUADS = [1, 2, 3, 4] as const
