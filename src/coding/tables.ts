import { z } from 'zod'
import { readDataFile } from './data-file.js'

const CameoFile = z.object({
  version: z.string(),
  codes: z.array(
    z.object({
      code: z.string().regex(/^\d{2,4}$/),
      name: z.string().min(1),
      goldstein: z.number().min(-10).max(10),
      quad: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    }),
  ),
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

interface Tables {
  cameo: Map<string, CameoInfo>
  plover: Map<string, PloverType>
  crosswalk: Map<string, { plover: string; mode?: string | undefined }>
}

let tables: Tables | undefined

function load(): Tables {
  if (tables) return tables
  const cameo = CameoFile.parse(readDataFile('cameo.json'))
  const plover = PloverFile.parse(readDataFile('plover.json'))
  const crosswalk = CrosswalkFile.parse(readDataFile('cameo-plover.json'))
  tables = {
    cameo: new Map(cameo.codes.map((c) => [c.code, c])),
    plover: new Map(plover.types.map((p) => [p.type, p])),
    crosswalk: new Map(Object.entries(crosswalk.map)),
  }
  return tables
}

/** Name, Goldstein score and quad class of a CAMEO code ("0311"); undefined for an unknown code. */
export function cameoInfo(code: string): CameoInfo | undefined {
  return load().cameo.get(code)
}

/** The PLOVER event type of a CAMEO code, falling back to its base and root code; undefined for 01 and 02. */
export function ploverOf(code: string): string | undefined {
  const { crosswalk } = load()
  for (let length = code.length; length >= 2; length--) {
    const hit = crosswalk.get(code.slice(0, length))
    if (hit) return hit.plover
  }
  return undefined
}

/** A PLOVER type with its description, or undefined. */
export function ploverType(type: string): PloverType | undefined {
  return load().plover.get(type)
}

/** Every CAMEO code in the table, in code order. */
export function cameoCodes(): CameoInfo[] {
  return [...load().cameo.values()]
}

/** The value a table gives for the longest prefix of a CAMEO code (down to its root), if any. */
export function byCodePrefix(table: Readonly<Record<string, string>>, code: string): string | undefined {
  for (let length = code.length; length >= 2; length--) {
    const hit = table[code.slice(0, length)]
    if (hit) return hit
  }
  return undefined
}
