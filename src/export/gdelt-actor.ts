/** GDELT's ten actor columns, from an event side's id and, when stored, its full CAMEO actor code. */
import { codeParts } from '../kb/index.js'

/** Code, name, country, known group, ethnic, religion 1 and 2, type 1 to 3. */
export type ActorColumns = [string, string, string, string, string, string, string, string, string, string]

const EMPTY: ActorColumns = ['', '', '', '', '', '', '', '', '', '']

/**
 * With a code ("IRQCOP", "PSEREBHMS", "NGOHRIAMN") every column comes from it: Actor1Code is the code, the country its
 * first part when that is a country, the types its sectors (and IGO/NGO), the known group its group part. Without one
 * (stores from before codes were kept) a country id is the code and country, and an organization id the known group.
 */
export function actorColumns(id: string | null, code: string | null, name: string | undefined): ActorColumns {
  if (id === null) return EMPTY
  const label = (name ?? id).toUpperCase()
  if (code) {
    const parts = codeParts(code)
    const [religion1 = '', religion2 = ''] = parts.religions
    const [type1 = '', type2 = '', type3 = ''] = parts.types
    // an organization whose code names no known group is known by our id (OSCE); a country never is
    const group = parts.knownGroup ?? (parts.country === id ? '' : id)
    return [code, label, parts.country ?? '', group, '', religion1, religion2, type1, type2, type3]
  }
  const country = /^[A-Z]{3}$/.test(id)
  return [id, label, country ? id : '', country ? '' : id, '', '', '', '', '', '']
}
