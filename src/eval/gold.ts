import { z } from 'zod'

/** The parts of a gold document that can be scored, in report order. */
export const PARTS = ['events', 'facts', 'entities', 'mentions', 'times'] as const
export type Part = (typeof PARTS)[number]

/** A calendar date at year, month or day precision: "2022", "2022-02", "2022-02-24". */
const GOLD_DATE = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date like 2022, 2022-02 or 2022-02-24')

const ID = z.string().min(1)

const goldEntity = z.object({
  id: ID,
  kind: z.string().min(1),
  mentions: z.array(z.string()).optional(),
})

const goldEvent = z.object({
  source: ID.nullable().optional(),
  target: ID.nullable().optional(),
  cameo: z.array(z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code of 2 to 4 digits')).optional(),
  plover: z.array(z.string().min(1)).optional(),
  negated: z.boolean().optional(),
  modality: z.string().optional(),
  date: GOLD_DATE.optional(),
  date_after: GOLD_DATE.optional(),
  place: z.string().optional(),
  evidence: z.string().optional(),
  actors_unscored: z.boolean().optional(),
})

const goldFact = z.object({
  relation: z.string().min(1),
  subject: z.union([ID, z.array(ID).min(1)]),
  object: ID,
  start: GOLD_DATE.optional(),
  evidence: z.string().optional(),
})

const span = { start: z.int().min(0), end: z.int().min(0), text: z.string() }

const goldMention = z.object({ ...span, type: z.string().min(1) })

const goldTime = z.object({ ...span, type: z.string().optional(), value: z.string().optional() })

/** One gold document as FORMAT.md describes it; unknown keys (provenance, note…) are ignored. */
export const goldDocSchema = z
  .object({
    id: ID,
    text: z.string().optional(),
    text_file: z.string().min(1).optional(),
    published: z.string().optional(),
    entities: z.array(goldEntity).optional(),
    events: z.array(goldEvent).optional(),
    optional_events: z.array(goldEvent).optional(),
    facts: z.array(goldFact).optional(),
    mentions: z.array(goldMention).optional(),
    times: z.array(goldTime).optional(),
    scored: z.array(z.enum(PARTS)).optional(),
  })
  .refine((doc) => (doc.text === undefined) !== (doc.text_file === undefined), {
    message: 'expected exactly one of "text" or "text_file"',
    path: ['text'],
  })

export type GoldDocJson = z.infer<typeof goldDocSchema>
export type GoldEntity = z.infer<typeof goldEntity>
export type GoldEvent = z.infer<typeof goldEvent>
export type GoldFact = z.infer<typeof goldFact>
export type GoldMention = z.infer<typeof goldMention>
export type GoldTime = z.infer<typeof goldTime>

/** A gold document read from disk, with its text resolved and the parts it scores. */
export interface GoldDoc extends Omit<GoldDocJson, 'text' | 'text_file' | 'scored'> {
  readonly text: string
  /** The gold JSON file. */
  readonly file: string
  /** The text file, or the gold file when the text is inline. */
  readonly textPath: string
  readonly scored: readonly Part[]
}
