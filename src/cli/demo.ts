import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { EntenteError } from '../errors.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const MAIN = join(ROOT, 'dist', 'cli', 'main.js')

/** Runs one entente command as a user would, printing it first; stops the tour when it fails. */
function step(title: string, args: string[]): string {
  process.stdout.write(`\n── ${title}\n$ entente ${args.join(' ')}\n`)
  const result = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', cwd: ROOT })
  process.stdout.write(result.stdout)
  // summaries (ingest counts) go to stderr; show them as part of the tour
  process.stdout.write(result.stderr)
  if (result.status !== 0) {
    throw new EntenteError('input.unreadable', `Demo step "${title}" failed with exit code ${result.status}`)
  }
  return result.stdout
}

/** The id of the first stored event matching the filters, if any. */
function firstEventId(db: string, filters: string[]): string | undefined {
  const args = [MAIN, 'query', 'events', ...filters, '--limit', '1', '--json', '--db', db]
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' })
  if (result.status !== 0) return undefined
  return /"id"\s*:\s*"([^"]+)"/.exec(result.stdout)?.[1]
}

/** `entente demo`: builds a fresh store from data/samples/ and takes a short tour of it. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('build a fresh store from data/samples/ and take a short tour (members, a dyad, evidence)')
    .option('--db <file>', 'the demo store (recreated)', 'entente-demo.db')
    .option('--force', 'replace the --db file even when it is not the demo store')
    .action((flags: { db: string; force?: boolean }) => {
      const db = resolve(flags.db)
      // the demo starts from nothing; it never deletes a store it did not make unless told to
      if (existsSync(db) && basename(db) !== 'entente-demo.db' && !flags.force) {
        throw new EntenteError('usage', `Cannot run the demo on "${flags.db}": the file exists and would be replaced`, {
          input: flags.db,
          hint: 'Pass a new file name with --db, or --force to replace it',
        })
      }
      for (const file of [db, `${db}-wal`, `${db}-shm`]) if (existsSync(file)) rmSync(file)
      step('Ingest our sample articles (text, HTML, RSS, Atom, JSONL; duplicates included)', [
        'ingest',
        join(ROOT, 'data', 'samples'),
        '--db',
        db,
      ])
      step('Ingest them again: nothing changes', ['ingest', join(ROOT, 'data', 'samples'), '--db', db])
      step('NATO members the day before Finland joined', ['query', 'members', 'NATO', '--at', '2023-04-03', '--db', db])
      step('…and the day after', ['query', 'members', 'NATO', '--at', '2023-04-05', '--db', db])
      step('Japan–NATO cooperation and conflict by month', [
        'query',
        'dyad',
        'JPN',
        'NATO',
        '--from',
        '2022-01-01',
        '--to',
        '2024-12-31',
        '--by',
        'month',
        '--db',
        db,
      ])
      step('Sanctions on Russia', ['query', 'events', '--target', 'RUS', '--code', '16', '--limit', '5', '--db', db])
      const id = firstEventId(db, ['--actor', 'JPN', '--target', 'NATO']) ?? firstEventId(db, [])
      if (id) step('The evidence behind one Japan–NATO event', ['query', 'evidence', id, '--db', db])
      process.stdout.write(`\nThe store is ${db}. Try: entente query actor JPN --db ${flags.db}\n`)
    })
}
