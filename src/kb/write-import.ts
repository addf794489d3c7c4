/** `entente kb import --from phoenix`: reads a Phoenix actor dictionary and writes a people file of our KB. */
import { readFileSync, writeFileSync } from 'node:fs'
import { EntenteError } from '../errors.js'
import { SECTORS } from './actor-code.js'
import {
  convertPhoenix,
  convertPhoenixAgents,
  isAgentsDictionary,
  readPhoenixActors,
  type PhoenixAgentsImport,
  type PhoenixImport,
} from './import-phoenix.js'

/** Imports `file` into the people file `out`; `countries` are the country ids of the KB it will extend. */
export function importPhoenixActors(
  file: string,
  out: string,
  countries: ReadonlySet<string>,
): PhoenixImport | PhoenixAgentsImport {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    throw new EntenteError('input.not-found', `Cannot read actor dictionary "${file}": ${(error as Error).message}`, {
      input: file,
    })
  }
  // the Phoenix files are UTF-8, but older CountryInfo exports carry Latin-1 names
  const utf8 = bytes.toString('utf8')
  const text = utf8.includes('\uFFFD') ? bytes.toString('latin1') : utf8
  if (isAgentsDictionary(text)) {
    const agents = convertPhoenixAgents(text, SECTORS)
    writeFileSync(out, `${JSON.stringify(agents.agents, null, 1)}\n`)
    return agents
  }
  const result = convertPhoenix(readPhoenixActors(text), countries)
  if (!result.read.records) {
    throw new EntenteError('import.malformed', `Cannot import "${file}": no actor record in it`, {
      input: file,
      hint: 'Pass a Phoenix/TABARI actor dictionary such as Phoenix.Countries.actors.txt',
    })
  }
  writeFileSync(out, `${JSON.stringify(result.people, null, 1)}\n`)
  return result
}

/** The import report as text: what was read and written, and what was left out by reason, with examples. */
export function formatPhoenixImport(result: PhoenixImport | PhoenixAgentsImport, out: string): string {
  const lines =
    'agents' in result
      ? [
          `read: ${result.read.lines} agent lines`,
          `wrote ${out}: ${result.agents.length} agent entries (an agents file: use it with --kb ${out})`,
        ]
      : [
          `read: ${result.read.records} records, ${result.read.synonyms} synonyms, ${result.read.restrictions} role codes`,
          `wrote ${out}: ${result.people.length} people with ${result.roles} dated roles (use it with --kb ${out})`,
        ]
  lines.push('not converted, or converted with a loss:')
  for (const [reason, issue] of [...result.skipped].sort((a, b) => b[1].count - a[1].count)) {
    lines.push(`  ${String(issue.count).padStart(6)}  ${reason}`)
    for (const example of issue.examples) lines.push(`          e.g. ${example}`)
  }
  return `${lines.join('\n')}\n`
}
