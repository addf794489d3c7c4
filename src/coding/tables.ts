import { z } from 'zod'
import { readDataFile } from './data-file.js'
import { loadVerbDictionary, parseEntries, type VerbDictionary } from './dictionary.js'
import { GOVERNED_FORMS, loadRequests, type GovernedForm } from './governing.js'

/**
 * What the coder knows of a code besides its name and scores (data/coding/cameo.json "traits", each described
 * there): the engine asks for these names, the table says which codes have them.
 */
const TRAITS = [
  'message',
  'meeting',
  'cooperative',
  'unilateral',
  'needsTarget',
  'reaction',
  'request',
  'placeTarget',
  'ownGovernment',
  'domestic',
  'noTarget',
  'authority',
  'force',
  'posture',
  'thirdSide',
  'partnered',
] as const
export type CodeTrait = (typeof TRAITS)[number]

const CameoFile = z
  .object({
    version: z.string(),
    note: z.string().optional(),
    traits: z.record(z.enum(TRAITS), z.string().min(1)),
    aims: z.string().optional(),
    forms: z.record(z.enum(GOVERNED_FORMS), z.string().min(1)),
    codes: z.array(
      z.object({
        code: z.string().regex(/^\d{2,4}$/),
        name: z.string().min(1),
        goldstein: z.number().min(-10).max(10),
        quad: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
        traits: z.array(z.enum(TRAITS)).optional(),
        /** A demand or protest code refined by what it asks for: this code plus the aim digit. */
        aim: z
          .string()
          .regex(/^\d{3}$/)
          .optional(),
        /** The code each governing construction gives an action of this code (and of codes below it without their own). */
        forms: z.partialRecord(z.enum(GOVERNED_FORMS), z.string().regex(/^\d{3,4}$/)).optional(),
        /** This is the general code of a form (an appeal, a demand), made specific by the action asked for. */
        general: z.enum(GOVERNED_FORMS).optional(),
      }),
    ),
  })
  .refine((file) => TRAITS.every((trait) => file.traits[trait]), { message: `every trait is described: ${TRAITS}` })
  .refine((file) => GOVERNED_FORMS.every((form) => file.forms[form]), {
    message: `every form is described: ${GOVERNED_FORMS}`,
  })
  .superRefine((file, ctx) => {
    const known = new Set(file.codes.map((c) => c.code))
    const general = new Map<string, string>()
    file.codes.forEach((c, k) => {
      const other = c.general && general.get(c.general)
      if (other)
        ctx.addIssue({ code: 'custom', path: ['codes', k, 'general'], message: `${other} is the general ${c.general}` })
      else if (c.general) general.set(c.general, c.code)
    })
    file.codes.forEach((c, k) => {
      for (const [form, code] of Object.entries(c.forms ?? {}))
        if (!known.has(code))
          ctx.addIssue({
            code: 'custom',
            path: ['codes', k, 'forms', form],
            message: `${code} is no code of the table`,
          })
    })
  })

const PloverFile = z.object({
  version: z.string(),
  types: z.array(z.object({ type: z.string(), quad: z.number().int().min(1).max(4), description: z.string() })),
})

const CrosswalkFile = z.object({
  version: z.string(),
  map: z.record(
    z.string().regex(/^\d{2,4}$/),
    z.object({
      plover: z.string(),
      mode: z.string().optional(),
      context: z.array(z.string()).optional(),
      note: z.string().optional(),
    }),
  ),
})

export type CameoInfo = z.infer<typeof CameoFile>['codes'][number]
export type PloverType = z.infer<typeof PloverFile>['types'][number]

/** The code tables the coder reads: CAMEO codes with their Goldstein scores and quad classes, PLOVER types. */
export interface CodeTables {
  /** Name, Goldstein score and quad class of a CAMEO code ("0311"); undefined for an unknown code. */
  cameo(code: string): CameoInfo | undefined
  /** The PLOVER event type of a CAMEO code, falling back to its base and root code; undefined for 01 and 02. */
  plover(code: string): string | undefined
  /** A PLOVER type with its description, or undefined. */
  ploverType(type: string): PloverType | undefined
  /** Every CAMEO code in the table, in code order. */
  cameoCodes(): CameoInfo[]
  /** Whether the code, or a code above it ("18" above "1822"), has the trait. */
  has(code: string, trait: CodeTrait): boolean
  /**
   * The code a governing construction gives to a governed action's code (cameo.json `forms`: "pledged to V" the
   * intent form of V's code, "threatened to V" the threat form …), on the longest code that lists one, if any.
   */
  governed(form: GovernedForm, code: string): string | undefined
  /** The general code of a form (cameo.json `general`: 020 an appeal, 100 a demand), if the table names one. */
  general(form: GovernedForm): string | undefined
  /** The form whose general code this is, if any. */
  generalForm(code: string): GovernedForm | undefined
  /** The request constructions of requests.json ("wants Iran to V") as a dictionary, compiled at the first call. */
  requests(): VerbDictionary
}

/** Reads the code tables from data/coding/ (cameo.json, plover.json, cameo-plover.json). */
export function loadCodeTables(): CodeTables {
  const cameo = new Map(CameoFile.parse(readDataFile('cameo.json')).codes.map((c) => [c.code, c]))
  const general = new Map([...cameo.values()].flatMap((c) => (c.general ? [[c.general, c.code] as const] : [])))
  const traits = new Map<string, ReadonlySet<CodeTrait>>()
  const traitsOf = (code: string): ReadonlySet<CodeTrait> => {
    let found = traits.get(code)
    if (!found) {
      const all = new Set<CodeTrait>()
      for (let length = 2; length <= code.length; length++)
        for (const trait of cameo.get(code.slice(0, length))?.traits ?? []) all.add(trait)
      found = all
      traits.set(code, found)
    }
    return found
  }
  const plover = new Map(PloverFile.parse(readDataFile('plover.json')).types.map((p) => [p.type, p]))
  const requestEntries = loadRequests()
  let requests: VerbDictionary | undefined
  const crosswalk = new Map(Object.entries(CrosswalkFile.parse(readDataFile('cameo-plover.json')).map))
  return {
    cameo: (code) => cameo.get(code),
    plover(code) {
      for (let length = code.length; length >= 2; length--) {
        const hit = crosswalk.get(code.slice(0, length))
        if (hit) return hit.plover
      }
      return undefined
    },
    ploverType: (type) => plover.get(type),
    cameoCodes: () => [...cameo.values()],
    has: (code, trait) => traitsOf(code).has(trait),
    governed(form, code) {
      for (let length = code.length; length >= 2; length--) {
        const hit = cameo.get(code.slice(0, length))?.forms?.[form]
        if (hit) return hit
      }
      return undefined
    },
    general: (form) => general.get(form),
    generalForm: (code) => cameo.get(code)?.general,
    requests() {
      if (!requests) {
        const read = parseEntries(requestEntries, 'requests.json')
        requests = loadVerbDictionary(
          read.map((x) => x.entry),
          { origins: read.map((x) => x.origin) },
        )
      }
      return requests
    },
  }
}

// The package's tables for readers outside the pipeline (queries, exports, tests); stages get theirs passed in.
let shared: CodeTables | undefined
const tables = (): CodeTables => (shared ??= loadCodeTables())

/** Name, Goldstein score and quad class of a CAMEO code ("0311") in the package's table. */
export function cameoInfo(code: string): CameoInfo | undefined {
  return tables().cameo(code)
}

/** The PLOVER event type of a CAMEO code in the package's crosswalk. */
export function ploverOf(code: string): string | undefined {
  return tables().plover(code)
}

/** A PLOVER type with its description, or undefined. */
export function ploverType(type: string): PloverType | undefined {
  return tables().ploverType(type)
}

/** Every CAMEO code in the package's table, in code order. */
export function cameoCodes(): CameoInfo[] {
  return tables().cameoCodes()
}
