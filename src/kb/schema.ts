/** zod schemas for the files in data/kb/: our own readable JSON, validated when loaded. */
import { z } from 'zod'
import { isPartialDate } from './dates.js'

const partialDate = z.string().refine(isPartialDate, 'Invalid date')
const surfaces = z.array(z.string().min(1))
const countryId = z.string().regex(/^[A-Z]{3}$/, 'Expected an ISO 3166-1 alpha-3 code')
const orgId = z.string().regex(/^[A-Z][A-Z0-9]+$/, 'Expected an upper-case organization id')
/** A CAMEO actor code: 3-letter parts, a country or IGO/NGO/IMG first, then sectors and a known group ("IRQCOP"). */
const cameoCode = z.string().regex(/^(?:[A-Z0-9]{3})+$/, 'Expected a CAMEO actor code of 3-letter parts (IRQCOP)')
/** A CAMEO agent sector code (GOV, MIL, COP, REB …); the list is SECTORS in agents.ts. */
const sector = z.string().regex(/^[A-Z]{3}$/, 'Expected a 3-letter CAMEO sector code (GOV, MIL, COP …)')
/** Surface → why it needs context to link. */
const ambiguity = z.record(z.string(), z.string())

/** A CAMEO code, or one that holds between two dates (the Taliban: insurgents, then the government). */
const DatedCode = z.union([
  cameoCode,
  z.strictObject({
    code: cameoCode,
    from: partialDate.optional(),
    to: partialDate.optional(),
    note: z.string().optional(),
  }),
])

export const CountryEntry = z.strictObject({
  id: countryId,
  /** Replaces the name from world-countries (or names a country it lacks). */
  name: z.string().min(1).optional(),
  aliases: surfaces.optional(),
  abbreviations: surfaces.optional(),
  demonyms: surfaces.optional(),
  /** Capital city names; replaces the world-countries list when present. */
  capitals: surfaces.optional(),
  /** Seats of government standing for it ("the Kremlin"). */
  metonyms: surfaces.optional(),
  ambiguous: ambiguity.optional(),
  /**
   * Names among `ambiguous` whose other readings are no state or government (a river, a lake, a given name,
   * continents): another country or an international organization acting on it, or acted on by it, makes it the country.
   */
  noStateNamesakes: surfaces.optional(),
  /** Generated forms to drop (bad altSpellings). */
  exclude: surfaces.optional(),
  /**
   * The state a territory's events code as while it was part of one, dated (Kosovo: Serbia's, "SRB", until the
   * UN administration of 1999-06-10); the last code holds for an undated text.
   */
  codes: z.array(DatedCode).min(1).optional(),
  note: z.string().optional(),
})

const MemberEntry = z.union([
  z.string().min(1),
  z.strictObject({
    member: z.string().min(1),
    from: partialDate.optional(),
    to: partialDate.optional(),
    status: z.enum(['participant', 'observer', 'invited', 'frozen', 'suspended']).optional(),
    note: z.string().optional(),
  }),
])

export const OrgEntry = z.strictObject({
  id: orgId,
  name: z.string().min(1),
  kind: z.enum([
    'alliance',
    'economic-bloc',
    'political-union',
    'forum',
    'un-body',
    'financial',
    'court',
    'ngo',
    'regional-org',
    'agency',
    'company',
  ]),
  aliases: surfaces.optional(),
  abbreviations: surfaces.optional(),
  /** Descriptions that name only this organization ("the trans-Atlantic alliance"). */
  descriptions: surfaces.optional(),
  /** Generic descriptions that may corefer ("the alliance"), lower case. */
  descriptors: surfaces.optional(),
  metonyms: surfaces.optional(),
  ambiguous: ambiguity.optional(),
  founded: partialDate.optional(),
  /** An organ of another organization that events code as that one (the Security Council acts as the UN). */
  partOf: z.string().min(1).optional(),
  /** Members taken from world-countries (UN member states); `members` adds to them. */
  generated: z.enum(['un-members']).optional(),
  exclude: z.array(z.string()).optional(),
  members: z.array(MemberEntry).optional(),
  presidencies: z
    .array(
      z.strictObject({ holder: z.string().min(1), from: partialDate, to: partialDate, note: z.string().optional() }),
    )
    .optional(),
  /** Its CAMEO actor code ("IGOUNO", "NGOHRIAMN"), for the GDELT export's type and known-group columns. */
  cameo: cameoCode.optional(),
  note: z.string().optional(),
})

/**
 * A non-state group that acts in news: armed group, militia, party, movement, cartel (data/kb/groups.json). With
 * a home country, its events code as that country (CAMEO codes Hamas PSE…, Hezbollah LBN…); without one
 * (al-Qaeda, the Islamic State) they keep the group's id.
 */
export const GroupEntry = z.strictObject({
  id: orgId,
  name: z.string().min(1),
  /** A regional government (the KRG) acts as its country, as a side of its own against the central government. */
  kind: z.enum(['armed-group', 'militia', 'party', 'movement', 'criminal', 'coalition', 'regional-government']),
  country: countryId.optional(),
  /** CAMEO actor codes, dated where the group changed sector; each starts with `country` when there is one. */
  codes: z.array(DatedCode).min(1),
  aliases: surfaces.optional(),
  abbreviations: surfaces.optional(),
  ambiguous: ambiguity.optional(),
  /**
   * Names that mean the group only between two dates, in a dated text: "IRA" after the 2005 decommissioning is the
   * US Inflation Reduction Act or a retirement account, not the armed group. The full name links at any date.
   */
  datedNames: z
    .record(
      z.string(),
      z.strictObject({ from: partialDate.optional(), to: partialDate.optional(), note: z.string().optional() }),
    )
    .optional(),
  founded: partialDate.optional(),
  dissolved: partialDate.optional(),
  /**
   * Where its ambiguous names mean it, from a date: "coalition forces" in a text naming Yemen, from 2015-03-26, are
   * the Saudi-led coalition's, not the US-led coalition's that the words name elsewhere.
   */
  theatre: z.strictObject({ countries: z.array(countryId).min(1), from: partialDate.optional() }).optional(),
  note: z.string().optional(),
})

/**
 * A named body of a state's government standing for its country in events, with its sector (data/kb/bodies.json):
 * "the Pentagon" → USA, MIL; "the Knesset" → ISR, LEG.
 */
export const BodyEntry = z.strictObject({
  name: z.string().min(1),
  country: countryId,
  sector,
  aliases: surfaces.optional(),
  ambiguous: ambiguity.optional(),
  note: z.string().optional(),
})

/**
 * Common nouns for agents and bodies (data/kb/agents.json): "police" → COP, "foreign ministry" → GOV. They take their
 * country from a demonym, a possessive or a place ("Iraqi police", "Russia's army", "police in Basra").
 */
export const AgentEntry = z.strictObject({
  /** Lower-case singular and plural forms ("soldier", "soldiers"). */
  nouns: z.array(z.string().regex(/^[a-z][a-z' -]*$/, 'Expected a lower-case noun')).min(1),
  sector,
  /** Also after "in" or "from" + a place ("police in Basra"); armies are often abroad, so they take only "of". */
  located: z.boolean().optional(),
  /**
   * Nouns of the entry that, after "the" or opening a sentence, with no owner, stand for the body of the country the
   * story is about ("the military", "the ruling party", "Police arrested …" in a story datelined HANOI or naming
   * Vietnam alone).
   */
  story: z.array(z.string()).optional(),
  /**
   * A state body (government, army, police, legislature, court, party): its story nouns may take the country of the
   * story's dateline when nothing in the sentence or the story names theirs. Rebels, militants, protesters and
   * civilians never do: a "WASHINGTON -" story about militants is not about American militants.
   */
  dateline: z.boolean().optional(),
  note: z.string().optional(),
})

export const RegionEntry = z.strictObject({
  id: z.string().regex(/^region:[a-z0-9-]+$/, 'Expected region:lower-case-id'),
  name: z.string().min(1),
  aliases: surfaces.optional(),
  /** "Scandinavian", "Baltic": used in "the Scandinavian country". */
  adjectives: surfaces.optional(),
  members: z
    .array(z.union([countryId, z.strictObject({ member: countryId, loose: z.literal(true).optional() })]))
    .optional(),
  /** Members taken from world-countries by region or subregion. */
  generated: z.strictObject({ region: z.string().optional(), subregions: surfaces.optional() }).optional(),
  country: countryId.optional(),
  ambiguous: ambiguity.optional(),
  /**
   * The region's states acting together ("the West", "Gulf states"): their CAMEO region code and the names that
   * make them an actor (also aliases). A place name of the region ("the Gulf", "the Middle East") does not act.
   */
  collective: z
    .strictObject({ cameo: z.string().regex(/^[A-Z]{3}$/, 'Expected a CAMEO region code'), names: surfaces })
    .optional(),
  /**
   * The de facto authorities of a breakaway region between two dates (a group of groups.json): the state bodies
   * placed in it or owned by it ("forces in Nagorno-Karabakh", "Nagorno-Karabakh's army") are theirs, not its state's.
   */
  heldBy: z
    .strictObject({
      group: z.string().min(1),
      from: partialDate.optional(),
      to: partialDate.optional(),
      note: z.string().optional(),
    })
    .optional(),
  note: z.string().optional(),
})

export const PlaceEntry = z.strictObject({
  id: z.string().regex(/^place:[a-z0-9-]+$/, 'Expected place:lower-case-id'),
  name: z.string().min(1),
  aliases: surfaces.optional(),
  country: countryId,
  seatOf: z.array(orgId).optional(),
  /** False when the city mostly stands for something other than its country's government (Brussels). */
  governmentMetonym: z.boolean().optional(),
  ambiguous: ambiguity.optional(),
  note: z.string().optional(),
})

/** Loose objects: the people files are written by hand by others, so unknown keys are tolerated. */
export const PersonEntry = z.object({
  id: z.string().regex(/^person:[a-z0-9-]+$/, 'Expected person:lower-case-hyphenated-name'),
  name: z.string().min(1),
  aliases: surfaces.optional(),
  roles: z.array(
    z.object({
      title: z.string().min(1),
      of: z.string().min(1),
      from: partialDate,
      to: partialDate.optional(),
      approx: z.boolean().optional(),
      note: z.string().optional(),
    }),
  ),
  note: z.string().optional(),
})

export type CountryEntry = z.infer<typeof CountryEntry>
export type OrgEntry = z.infer<typeof OrgEntry>
export type RegionEntry = z.infer<typeof RegionEntry>
export type PlaceEntry = z.infer<typeof PlaceEntry>
export type PersonEntry = z.infer<typeof PersonEntry>
export type GroupEntry = z.infer<typeof GroupEntry>
export type BodyEntry = z.infer<typeof BodyEntry>
export type AgentEntry = z.infer<typeof AgentEntry>
export type DatedCode = z.infer<typeof DatedCode>
