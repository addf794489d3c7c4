/**
 * CAMEO actor codes: a country (or IGO/NGO/IMG/MNC) first, then agent sectors and a known group, each 3 letters
 * ("IRQCOP", "PSEREBHMS", "NGOHRIAMN"). GDELT splits them into its Actor*CountryCode, KnownGroupCode and Type codes.
 */
import { within } from './dates.js'

/** A code that holds between two dates, or always. */
export interface DatedActorCode {
  readonly code: string
  readonly from?: string
  readonly to?: string
}

/** CAMEO agent sector codes (the "type" parts of an actor code). */
export const SECTORS: ReadonlySet<string> = new Set(
  (
    'GOV MIL COP JUD LEG SPY REB INS OPP PTY SEP UAF BUS MED EDU HLH REF CVL LAB AGR CRM ELI ENV HRI DEV REL ' +
    'MOD RAD SET UIS IGO NGO IMG MNC'
  ).split(' '),
)

/** First parts that are not countries: international actors. */
const INTERNATIONAL = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'INT'])

/** CAMEO region codes, which GDELT puts in the country column of an actor that has no country ("IGOEUREEC"). */
const REGIONS = new Set(
  'AFR ASA BAL BLK CAF CAS CAU CRB EAF EEU EUR LAM MDT MEA NAF NMR PGS SAF SAM SAS SCN SEA WAF WEU WST'.split(' '),
)

/** CAMEO religion codes, which GDELT puts in the Religion columns. */
const RELIGIONS = new Set(['MOS', 'CHR', 'JEW', 'BUD', 'HIN', 'SHI', 'SUN', 'CTH', 'ORT', 'PRO', 'SIK', 'JAN', 'ATH'])

/** The code holding on `date` (YYYY-MM-DD); without a date, or when none holds, the last one listed (the latest). */
export function codeAt(codes: readonly DatedActorCode[] | undefined, date?: string): string | undefined {
  if (!codes || codes.length === 0) return undefined
  if (date) {
    const holding = codes.find((code) => within(date, code))
    if (holding) return holding.code
  }
  return codes.at(-1)!.code
}

/** A country's code with an agent sector: ("IRQ", "COP") → "IRQCOP"; a sector the code already has is not repeated. */
export function withSector(code: string, sector: string | undefined): string {
  if (!sector || partsOf(code).includes(sector)) return code
  return `${code.slice(0, 3)}${sector}${code.slice(3)}`
}

/** What GDELT's actor columns hold, read from a code. */
export interface CodeParts {
  /** A country, or for an international actor its region ("EUR" in "IGOEUREEC"). */
  readonly country?: string
  readonly knownGroup?: string
  readonly religions: readonly string[]
  readonly types: readonly string[]
}

/** Splits a code into its country, types (sectors, IGO/NGO…), religions and known group. */
export function codeParts(code: string): CodeParts {
  const parts = partsOf(code)
  const first = parts[0]
  const country = first && !INTERNATIONAL.has(first) ? first : undefined
  const types: string[] = []
  const religions: string[] = []
  let knownGroup: string | undefined
  let region: string | undefined
  for (const part of country ? parts.slice(1) : parts) {
    if (SECTORS.has(part) || INTERNATIONAL.has(part)) types.push(part)
    else if (REGIONS.has(part) && !country) region ??= part
    else if (RELIGIONS.has(part)) religions.push(part)
    else knownGroup ??= part
  }
  const place = country ?? region
  return { ...(place ? { country: place } : {}), ...(knownGroup ? { knownGroup } : {}), religions, types }
}

function partsOf(code: string): string[] {
  return code.match(/.{3}/g) ?? []
}
