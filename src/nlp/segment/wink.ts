import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

/**
 * The shared wink-nlp instance (loading the model takes ~150 ms, so once per process). Only sentence
 * splitting and POS tagging run (lemmas come from POS on demand); wink's own sentiment, negation and entity
 * passes are not used by entente and cost about a third of the time.
 */
export const nlp = winkNLP(model, ['sbd', 'pos'])
export const its = nlp.its

let bare: ReturnType<typeof winkNLP> | undefined

/**
 * Bare tokenization and sentence splitting: the floor the bench compares the pipeline against. Made on first use:
 * each instance holds its own copy of the model's lexicon (about 10 MB), and only the bench reads this one.
 */
export function bareNlp(): ReturnType<typeof winkNLP> {
  return (bare ??= winkNLP(model, ['sbd']))
}
