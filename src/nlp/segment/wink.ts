import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

/** The one shared wink-nlp instance (loading the model takes ~150 ms, so do it once per process). */
export const nlp = winkNLP(model)
export const its = nlp.its
