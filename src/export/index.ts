import type { Store } from '../store/index.js'
import { eventsCsv } from './csv.js'
import { gdeltTsv } from './gdelt-tsv.js'
import { graphml } from './graphml.js'
import { jsonLd } from './json-ld.js'
import type { ExportOptions } from './names.js'
import { ploverJson } from './plover-json.js'

export { GDELT_COLUMNS, gdeltTsv } from './gdelt-tsv.js'
export { ploverJson } from './plover-json.js'
export { CSV_COLUMNS, eventsCsv } from './csv.js'
export { graphml } from './graphml.js'
export { JSON_LD_CONTEXT, jsonLd } from './json-ld.js'
export { csvCell, tsvCell, xmlText } from './cells.js'
export type { ExportOptions } from './names.js'
export { eventCondition, isFiltered, type ExportFilter } from './filter.js'

export const EXPORT_FORMATS = ['gdelt', 'plover', 'csv', 'graphml', 'jsonld'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** The stream of text chunks for one export format. */
export function exportStream(store: Store, format: ExportFormat, options: ExportOptions = {}): AsyncGenerator<string> {
  const writers = { gdelt: gdeltTsv, plover: ploverJson, csv: eventsCsv, graphml, jsonld: jsonLd }
  return writers[format](store, options)
}
