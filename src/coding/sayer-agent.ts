import { type ActorSpan, type DocView, closingSayer, matchesWord } from '../nlp/syntax/index.js'

const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'NUM'])

/**
 * Whether the clause's subject, opening the sentence right before the verb group, is an agent noun of no named side
 * (AGENT_NOUNS: "Troops will …", "The government will …", "Officials will …"): someone's agents, not a group at home.
 */
export function unnamedAgent(view: DocView, chainStart: number, first: number): boolean {
  const head = chainStart - 1
  // a capital may make the first word a proper noun to the tagger ("Troops will …")
  const pos = view.tokens[head]?.pos
  if (head < first || (pos !== 'NOUN' && pos !== 'PROPN') || !matchesWord(view.forms[head], view.words.AGENT_NOUNS))
    return false
  for (let i = head; i >= first; i--) {
    if (view.mentionCover.has(i) || (i < head && !PHRASE_TAGS.has(view.tokens[i]?.pos ?? ''))) return false
  }
  return true
}

/**
 * "Troops will pull out of Mali by May, the French minister said", "The government will hold talks with Mali,
 * France said": a reported clause whose subject is an unnamed agent speaks of the sayer's own agents, so the sayer
 * named by the closing attribution acts.
 */
export function sayerAgent(view: DocView, chainStart: number, first: number, from: number, end: number): ActorSpan[] {
  return unnamedAgent(view, chainStart, first) ? closingSayer(view, from, end) : []
}
