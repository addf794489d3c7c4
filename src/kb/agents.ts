/** Agent nouns from data/kb/agents.json: "police" → COP, "foreign ministry" → GOV, looked up by lower-case phrase. */
import type { AgentEntry } from './schema.js'
import { SECTORS } from './actor-code.js'

/** What an agent noun says about its actor. */
export interface AgentNoun {
  readonly sector: string
  /** Takes its country from a place after "in"/"from" too ("police in Basra"). */
  readonly located: boolean
  /** After "the" and with no owner, the body of the country the story is about ("the military", "the police"). */
  readonly story?: true
  /** A state body's story noun: with no country in its sentence or story, the dateline's ("BAGHDAD - The police"). */
  readonly dateline?: true
}

/** Noun phrase → agent; throws on an unknown sector so a typo in the data is caught at load. */
export function buildAgents(
  entries: readonly AgentEntry[],
  problem: (message: string) => Error,
): Map<string, AgentNoun> {
  const agents = new Map<string, AgentNoun>()
  entries.forEach((entry, index) => {
    if (!SECTORS.has(entry.sector)) throw problem(`entry ${index}: sector: Unknown CAMEO sector "${entry.sector}"`)
    if (entry.dateline && !entry.story) throw problem(`entry ${index}: dateline: the entry has no story nouns`)
    for (const noun of entry.story ?? [])
      if (!entry.nouns.includes(noun)) throw problem(`entry ${index}: story: "${noun}" is not one of its nouns`)
    for (const noun of entry.nouns) {
      if (agents.has(noun)) throw problem(`entry ${index}: nouns: "${noun}" is listed twice`)
      const story = !entry.story?.includes(noun)
        ? {}
        : entry.dateline
          ? { story: true as const, dateline: true as const }
          : { story: true as const }
      agents.set(noun, { sector: entry.sector, located: entry.located ?? false, ...story })
    }
  })
  return agents
}
