import type { CodeTables } from './tables.js'

/**
 * CAMEO codes a promised or threatened action as the promise or threat itself: "will visit" is 036 (intent to
 * meet), "pledged to provide military aid" 0332, "threatened to impose sanctions" 1312 (each code's
 * intent and threat forms in data/coding/cameo.json). Intent forms are given for cooperative roots (04–08), threat
 * forms for conflict roots (14–20), so a promise of force reads as a threat.
 */
export function intentCode(tables: CodeTables, code: string, pledge = false): string {
  // "agreed to send troops to Poland": forces committed to a side are no threat to it (0334, the pledge form)
  const pledged = pledge ? tables.governed('pledge', code) : undefined
  return pledged ?? tables.governed('intent', code) ?? tables.governed('threat', code) ?? code
}

/**
 * CAMEO codes a refused action as a rejection (12), not as the action negated: "refused to send troops" is 1224,
 * "declined to lift the curfew" 1241. Only cooperative roots (04–08) and troops sent (154) have a rejection form; "refused to condemn"
 * stays a negated 111 (undefined here).
 */
export function refusalCode(tables: CodeTables, code: string): string | undefined {
  return tables.governed('refusal', code)
}
