import type { Command } from 'commander'
import { DEFAULT_DB, openStore } from '../store/index.js'

/** `entente recluster`: rebuilds event clusters with the current rule. */
export function registerRecluster(program: Command): void {
  program
    .command('recluster')
    .description('rebuild every event cluster (reports of one happening) with the current rule')
    .option('--db <file>', 'the store', DEFAULT_DB)
    .option('--json', 'print JSON')
    .action(async (flags: { db: string; json?: boolean }) => {
      const store = await openStore(flags.db, { mustExist: true })
      try {
        const result = await store.recluster()
        process.stdout.write(
          flags.json
            ? `${JSON.stringify(result)}\n`
            : `${result.events} events in ${result.clusters} clusters (rule version ${result.ruleVersion})\n`,
        )
      } finally {
        await store.close()
      }
    })
}
