import type { Command } from 'commander'
import { EntenteError } from '../errors.js'
import {
  actorDossier,
  dyadSeries,
  eventEvidence,
  listEvents,
  loadQueryKb,
  membersAt,
  parseDay,
  parseFrom,
  parseTo,
  renderDossier,
  renderDyad,
  renderEvents,
  renderEvidence,
  renderMembers,
  today,
  type Granularity,
  type QueryContext,
} from '../query/index.js'
import { DEFAULT_DB, openStore } from '../store/index.js'

interface CommonFlags {
  db: string
  json?: boolean
}

/** Opens the store and KB, runs one query and prints JSON or a readable rendering. */
async function run<T>(flags: CommonFlags, query: (ctx: QueryContext) => Promise<T>, render: (result: T) => string) {
  const store = await openStore(flags.db, { readOnly: true })
  try {
    const result = await query({ store, kb: await loadQueryKb() })
    process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : render(result))
  } finally {
    await store.close()
  }
}

/** `entente query …`: the analysts' questions over the store. */
export function registerQuery(program: Command): void {
  const query = program.command('query').description('ask the knowledge graph: actor, dyad, members, events, evidence')
  const common = (command: Command) =>
    command.option('--db <file>', 'the store', DEFAULT_DB).option('--json', 'print JSON')

  common(query.command('actor').argument('<id>', 'actor id (JPN, NATO)'))
    .description('dossier of an actor: memberships, offices, partners, event mix, recent events')
    .option('--at <date>', 'the day to describe (YYYY-MM-DD, default today)')
    .action((id: string, flags: CommonFlags & { at?: string }) =>
      run(
        flags,
        (ctx) => actorDossier(ctx, id, { at: flags.at ? parseDay(flags.at, '--at') : today() }),
        renderDossier,
      ),
    )

  common(query.command('dyad').argument('<a>').argument('<b>'))
    .description('cooperation–conflict series of two actors, each happening counted once')
    .option('--from <date>', 'first day (YYYY, YYYY-MM or YYYY-MM-DD)', '1900')
    .option('--to <date>', 'last day (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--by <period>', 'week, month or year', 'month')
    .action((a: string, b: string, flags: CommonFlags & { from: string; to?: string; by: string }) => {
      if (!['week', 'month', 'year'].includes(flags.by)) {
        throw new EntenteError('usage', `Cannot group by "${flags.by}": use week, month or year`)
      }
      const range = { from: parseFrom(flags.from, '--from'), to: parseTo(flags.to ?? today(), '--to') }
      return run(flags, (ctx) => dyadSeries(ctx, { a, b }, { ...range, by: flags.by as Granularity }), renderDyad)
    })

  common(query.command('members').argument('<org>', 'organization id (NATO)'))
    .description('members of an organization on a day, curated and learned')
    .option('--at <date>', 'the day (YYYY-MM-DD, default today)')
    .option('--include-uncertain', 'also list "possibly" members: a start known only to the month or year of the day')
    .action((org: string, flags: CommonFlags & { at?: string; includeUncertain?: boolean }) =>
      run(
        flags,
        (ctx) =>
          membersAt(ctx, org, {
            at: flags.at ? parseDay(flags.at, '--at') : today(),
            includeUncertain: flags.includeUncertain === true,
          }),
        renderMembers,
      ),
    )

  common(query.command('events'))
    .description('event reports, latest first')
    .option('--actor <id>', 'source actor')
    .option('--target <id>', 'target actor')
    .option('--code <cameo>', 'CAMEO code or prefix (04 = consult)')
    .option('--from <date>', 'first day')
    .option('--to <date>', 'last day')
    .option('--negated', 'only negated reports')
    .option('--limit <n>', 'at most this many', '50')
    .action((flags: CommonFlags & EventFlags) => run(flags, (ctx) => listEvents(ctx, eventFilter(flags)), renderEvents))

  common(query.command('evidence').argument('<event-id>'))
    .description('the sentences behind an event, in every article that reported it')
    .action((id: string, flags: CommonFlags) =>
      run(
        flags,
        (ctx) => eventEvidence(ctx, id),
        (result) => renderEvidence(result, process.stdout.isTTY === true),
      ),
    )
}

interface EventFlags {
  actor?: string
  target?: string
  code?: string
  from?: string
  to?: string
  negated?: boolean
  limit: string
}

function eventFilter(flags: EventFlags) {
  const limit = Number(flags.limit)
  if (!Number.isSafeInteger(limit) || limit <= 0) {
    throw new EntenteError('usage', `Cannot use --limit "${flags.limit}": expected a positive whole number`)
  }
  if (flags.code !== undefined && !/^\d{1,4}$/.test(flags.code)) {
    throw new EntenteError('usage', `Cannot use --code "${flags.code}": expected CAMEO digits such as 04 or 043`)
  }
  for (const [flag, value] of [
    ['--actor', flags.actor],
    ['--target', flags.target],
  ] as const) {
    if (value !== undefined && value.trim() === '') {
      throw new EntenteError('usage', `Cannot use ${flag} "${value}": expected an actor id such as RUS or NATO`)
    }
  }
  return {
    ...(flags.actor !== undefined ? { actor: flags.actor } : {}),
    ...(flags.target !== undefined ? { target: flags.target } : {}),
    ...(flags.code !== undefined ? { code: flags.code } : {}),
    ...(flags.from !== undefined ? { from: parseFrom(flags.from, '--from') } : {}),
    ...(flags.to !== undefined ? { to: parseTo(flags.to, '--to') } : {}),
    ...(flags.negated ? { negated: true } : {}),
    limit,
  }
}
