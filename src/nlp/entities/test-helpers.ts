/** For tests: segmentation and recognition over the package's real KB, on a text that is one body zone. */
import { docOf, type Doc, type Mention } from '../../document.js'
import { loadKb } from '../../kb/index.js'
import { assemblePipeline } from '../../pipeline.js'
import { segment } from '../segment/index.js'
import { defaultLexicon } from '../syntax/index.js'
import { createRecognize } from './recognize.js'

let pipeline: ReturnType<typeof assemblePipeline> | undefined

/** The text's mentions as the recognizer reads them with the real KB, dated `published` when given. */
export function recognizeWithKb(text: string, published?: string): Doc {
  pipeline ??= assemblePipeline([segment, createRecognize({ kb: loadKb(), lexicon: defaultLexicon() })], {
    given: ['zones'],
  })
  const zones = [{ start: 0, end: text.length, kind: 'body' as const }]
  return pipeline.run(docOf(text, published ? { published, zones } : { zones }))
}

/** The first mention whose text is `name`, or undefined. */
export function mentionNamed(doc: Doc, name: string): Mention | undefined {
  return doc.mentions.find((m) => m.text === name)
}
