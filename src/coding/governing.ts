import { z } from 'zod'
import { readDataFile } from './data-file.js'

/**
 * The forms a governing construction gives the action it governs, each a field of a code's `forms` in
 * data/coding/cameo.json: "pledged to V" takes the intent (03) form of V's code, "threatened to V" the threat (13)
 * form, "refused to V" the rejection (12) form, "urged X to V" the appeal (02) form, "demanded that X V" the demand
 * (10) form, "agreed to send troops to Poland" the pledge form (0334). A code without its own form takes that of the
 * nearest code above it.
 */
export const GOVERNED_FORMS = [
  'intent',
  'threat',
  'refusal',
  'demand',
  'appeal',
  'preparation',
  'pledge',
  'attempt',
] as const
export type GovernedForm = (typeof GOVERNED_FORMS)[number]

const RequestsFile = z.object({
  version: z.literal('entente requests 1'),
  note: z.string().optional(),
  /** "wants Iran to V": dictionary entries (format 2) coded only when an infinitive action follows their target. */
  entries: z.array(z.unknown()),
})

/** Reads and checks a request file's content (data/coding/requests.json); a bad one is named with its problem. */
export function readRequests(json: unknown, name = 'requests.json'): readonly unknown[] {
  const parsed = RequestsFile.safeParse(json)
  if (!parsed.success) {
    const problem = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`${name}: ${problem}`)
  }
  return parsed.data.entries
}

/** The request constructions of data/coding/requests.json, as entries the dictionary loader checks. */
export function loadRequests(): readonly unknown[] {
  return readRequests(readDataFile('requests.json'))
}
