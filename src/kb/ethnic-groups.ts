/**
 * Ethnic and religious groups that act in news (data/kb/ethnic-groups.json), with the countries they live in.
 * They are no actors of their own: the linker codes a group with the country where the text places it (see
 * src/nlp/entities/groups-located.ts), as event gold does ("Iraqi Kurds" → IRQ, "ethnic Albanians … in Serbia" →
 * SRB), and with its `home` when the text names none ("Tamil rebels" → LKA). A group with no home and no
 * country in the text stays unlinked and unscored ("Kurds" alone: TUR, IRQ, SYR or IRN).
 */
import { z } from 'zod'
import { normalizeSurface } from './normalize.js'
import { kbInvalid } from './read.js'

const countryId = z.string().regex(/^[A-Z]{3}$/, 'Expected an ISO 3166-1 alpha-3 code')

export const EthnicGroupEntry = z.strictObject({
  /** The plural the group goes by ("Kurds"). */
  name: z.string().min(1),
  kind: z.enum(['ethnic', 'religious']),
  /** Singulars, adjectives and other spellings ("Kurd", "Kurdish"). */
  aliases: z.array(z.string().min(1)).optional(),
  /** Where the group lives, most populous first; absent for a world religion (any country can place it). */
  countries: z.array(countryId).min(1).optional(),
  /** The country the group stands for when the text places it nowhere (only where one state is its own). */
  home: countryId.optional(),
  /**
   * The country whose insurgency the group's rebels, guerrillas or separatists fight in when the text places them
   * nowhere ("Kurdish rebels": the PKK's war in Turkey), one of its countries.
   */
  insurgency: countryId.optional(),
  note: z.string().optional(),
})
export type EthnicGroupEntry = z.infer<typeof EthnicGroupEntry>

/** A group as the linker reads it. */
export interface EthnicGroup {
  readonly name: string
  readonly kind: 'ethnic' | 'religious'
  /** Where it lives; empty for a world religion. */
  readonly countries: readonly string[]
  readonly home?: string
  readonly insurgency?: string
}

/** Group by normalized surface ("Kurdish", "Kurds", "Shi'ite"); a home must be one of the group's countries. */
export function buildEthnicGroups(
  file: string,
  entries: readonly EthnicGroupEntry[],
  countries: ReadonlySet<string>,
): Map<string, EthnicGroup> {
  const groups = new Map<string, EthnicGroup>()
  entries.forEach((entry, index) => {
    const label = `entry ${index} (${entry.name})`
    const own = [entry.home, entry.insurgency].filter((id): id is string => id !== undefined)
    for (const id of [...(entry.countries ?? []), ...own]) {
      if (!countries.has(id)) throw kbInvalid(file, `${label}: Unknown country "${id}"`)
    }
    if (entry.home && !entry.countries?.includes(entry.home))
      throw kbInvalid(file, `${label}: home: "${entry.home}" is not one of its countries`)
    if (entry.insurgency && !entry.countries?.includes(entry.insurgency))
      throw kbInvalid(file, `${label}: insurgency: "${entry.insurgency}" is not one of its countries`)
    const group: EthnicGroup = {
      name: entry.name,
      kind: entry.kind,
      countries: entry.countries ?? [],
      ...(entry.home ? { home: entry.home } : {}),
      ...(entry.insurgency ? { insurgency: entry.insurgency } : {}),
    }
    for (const surface of [entry.name, ...(entry.aliases ?? [])]) {
      const key = normalizeSurface(surface)
      if (groups.has(key)) throw kbInvalid(file, `${label}: "${surface}" already names ${groups.get(key)!.name}`)
      groups.set(key, group)
    }
  })
  return groups
}
