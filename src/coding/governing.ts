import { z } from 'zod'
import { readDataFile } from './data-file.js'

/**
 * How a governing construction codes the action it governs (data/coding/governing.json): "pledged to V" takes the
 * intent (03) code matching V's code, "threatened to V" the threat (13) code, "refused to V" the rejection (12) code,
 * "urged X to V" the appeal (02) code, "demanded that X V" the demand (10) code. The governed action's code, on
 * its longest listed prefix, decides the sub-code.
 */
export type GoverningTable = 'intent' | 'threat' | 'refusal' | 'demand' | 'appeal'

const Code = z.string().regex(/^\d{2,4}$/, 'a CAMEO code or code prefix')
const Table = z.object({ about: z.string(), codes: z.record(Code, Code) })
const GoverningFile = z.object({
  version: z.literal('entente governing 1'),
  note: z.string().optional(),
  tables: z.object({ intent: Table, threat: Table, refusal: Table, demand: Table, appeal: Table }),
  /** "wants Iran to V": dictionary entries (format 2) coded only when an infinitive action follows their target. */
  requests: z.object({ about: z.string(), entries: z.array(z.unknown()) }),
})

export interface Governing extends Readonly<Record<GoverningTable, Readonly<Record<string, string>>>> {
  /** Request constructions, as dictionary entries (checked by the dictionary loader). */
  readonly requests: readonly unknown[]
}

/** Reads and checks a governing file's content; a bad one is named with its problem. */
export function readGoverning(json: unknown, name = 'governing.json'): Governing {
  const parsed = GoverningFile.safeParse(json)
  if (!parsed.success) {
    const problem = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`${name}: ${problem}`)
  }
  const { tables } = parsed.data
  return {
    intent: tables.intent.codes,
    threat: tables.threat.codes,
    refusal: tables.refusal.codes,
    demand: tables.demand.codes,
    appeal: tables.appeal.codes,
    requests: parsed.data.requests.entries,
  }
}

/** The tables of data/coding/governing.json (read by loadCodeTables: stages get them with the code tables). */
export function loadGoverning(): Governing {
  return readGoverning(readDataFile('governing.json'))
}
