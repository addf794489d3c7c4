/** The GDELT geo columns of an event's place, from the KB (coordinates come from GeoNames, data/kb/cities.json). */
import { loadKb } from '../kb/index.js'

/** GDELT's geographic resolution codes. */
const GEO_TYPE = { country: 1, usCity: 3, worldCity: 4 } as const

/**
 * Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID for a place id ("place:kharkiv"), or
 * eight empty cells. Two departures from GDELT, since the KB holds neither: CountryCode is the ISO 3166-1
 * alpha-3 code the actor columns use, not FIPS 10-4, and FeatureID is the GeoNames id, not a GNS/GNIS one.
 * ADM1 and ADM2 stay empty. A place the KB has no coordinates for (a curated region) keeps its name and country.
 */
export function geoColumns(placeId: string | null): (string | number)[] {
  if (placeId === null) return ['', '', '', '', '', '', '', '']
  const kb = loadKb()
  const place = kb.entity(placeId)
  if (!place) return ['', placeId, '', '', '', '', '', '']
  const country = place.country ? kb.entity(place.country) : undefined
  const fullName = country && country.id !== place.id ? `${place.name}, ${country.name}` : place.name
  const type =
    place.kind === 'country' ? GEO_TYPE.country : place.country === 'USA' ? GEO_TYPE.usCity : GEO_TYPE.worldCity
  const { geo } = place
  return [type, fullName, place.country ?? '', '', '', geo?.lat ?? '', geo?.lon ?? '', geo?.geonames ?? '']
}
