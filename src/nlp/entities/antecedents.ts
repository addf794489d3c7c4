import type { EntityKind, Mention } from '../../document.js'
import type { KbView } from './kb-view.js'
import { DESCRIPTION_HEADS } from './vocabulary.js'

/** The description heads whose antecedent is the last name holding them (DESCRIPTION_HEADS `inName`). */
const NAME_WORDS = [...DESCRIPTION_HEADS].filter(([, head]) => head.inName).map(([word]) => word)

/**
 * The mentions coreference has resolved so far, indexed as they come (by kind, entity, organization kind,
 * sentence), so that finding an antecedent looks at a few candidates instead of every earlier mention: the stage
 * stays linear in the length of the text. Every look-up returns what a scan back over all earlier mentions would.
 */
export class Antecedents {
  /** The mentions so far, in order, and the sentence of each (-1 when its start is no token's start). */
  readonly mentions: Mention[] = []
  private readonly sentences: number[] = []
  /** Whether the sentences of the mentions (other than -1) never go back, so a scan back may stop early. */
  private ascending = true
  private lastSentence = -1
  private readonly seen = new Set<number>()
  /** Indexes of linked mentions (entity and kind), by kind. */
  private readonly byKind = new Map<EntityKind, number[]>()
  private readonly latestByEntity = new Map<string, number>()
  private readonly latestByOrgKind = new Map<string, number>()
  private latestMinister = -1
  /** The last linked person holding a role of a country, and the last minister, by that country. */
  private readonly latestPersonByCountry = new Map<string, number>()
  private readonly latestMinisterByCountry = new Map<string, number>()
  private readonly firstPersonIn = new Map<number, number>()
  /** The last linked name holding a word a description takes its antecedent by ("coalition"), by that word. */
  private readonly latestByNameWord = new Map<string, number>()

  constructor(private readonly kb: KbView) {}

  /** Adds the next mention, resolved, with the index of its sentence. */
  add(mention: Mention, sentence: number): void {
    const index = this.mentions.length
    this.mentions.push(mention)
    this.sentences.push(sentence)
    this.seen.add(sentence)
    if (sentence !== -1) {
      if (sentence < this.lastSentence) this.ascending = false
      this.lastSentence = sentence
    }
    const { entity, kind } = mention
    if (!entity || !kind) return
    const ofKind = this.byKind.get(kind) ?? []
    ofKind.push(index)
    this.byKind.set(kind, ofKind)
    this.latestByEntity.set(`${kind} ${entity}`, index)
    if (mention.form !== 'pronoun' && mention.form !== 'description') {
      for (const word of NAME_WORDS)
        if (mention.text.toLowerCase().includes(word)) this.latestByNameWord.set(word, index)
    }
    if (kind === 'organization') {
      const orgKind = this.kb.entity(entity)?.orgKind
      if (orgKind !== undefined) this.latestByOrgKind.set(orgKind, index)
    }
    if (kind === 'person') {
      const minister = /minister/i.test(mention.role?.title ?? '')
      if (minister) this.latestMinister = index
      const of = mention.role?.of
      if (of) {
        this.latestPersonByCountry.set(of, index)
        if (minister) this.latestMinisterByCountry.set(of, index)
      }
      if (!this.firstPersonIn.has(sentence)) this.firstPersonIn.set(sentence, index)
    }
  }

  /** Whether any earlier mention, linked or not, is in this sentence. */
  anyIn(sentence: number): boolean {
    return this.seen.has(sentence)
  }

  /** The first linked person in a sentence. */
  firstPerson(sentence: number): Mention | undefined {
    return this.at(this.firstPersonIn.get(sentence))
  }

  /** The first linked mention in a sentence that passes `test`. */
  firstIn(sentence: number, test: (mention: Mention) => boolean): Mention | undefined {
    let first: Mention | undefined
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const there = this.sentences[k]!
      if (this.ascending && there !== -1 && there < sentence) break
      const mention = this.mentions[k]!
      if (there === sentence && mention.entity && mention.kind && test(mention)) first = mention
    }
    return first
  }

  /** The last linked mention of a kind. */
  latest(kind: EntityKind): Mention | undefined {
    return this.at(this.byKind.get(kind)?.at(-1))
  }

  /** The last linked person named as a minister. */
  latestMinisterMention(): Mention | undefined {
    return this.at(this.latestMinister < 0 ? undefined : this.latestMinister)
  }

  /** The last linked person holding a role of `country` (only a minister's when `minister`). */
  latestPersonOf(country: string, minister: boolean): Mention | undefined {
    return this.at((minister ? this.latestMinisterByCountry : this.latestPersonByCountry).get(country))
  }

  /** The last linked mention of a kind whose entity is one of `entities`. */
  latestOf(kind: EntityKind, entities: Iterable<string>): Mention | undefined {
    return this.at(this.maxOf([...entities].map((entity) => this.latestByEntity.get(`${kind} ${entity}`))))
  }

  /** The last linked name holding `word` ("the US-led coalition" for "the coalition"). */
  latestNaming(word: string): Mention | undefined {
    return this.at(this.latestByNameWord.get(word))
  }

  /** The last linked organization whose KB kind is one of `orgKinds`. */
  latestOfOrgKind(orgKinds: readonly string[]): Mention | undefined {
    return this.at(this.maxOf(orgKinds.map((orgKind) => this.latestByOrgKind.get(orgKind))))
  }

  /** The last linked mention of a kind outside a sentence. */
  latestOutside(kind: EntityKind, sentence: number): Mention | undefined {
    const ofKind = this.byKind.get(kind) ?? []
    for (let k = ofKind.length - 1; k >= 0; k--) {
      if (this.sentences[ofKind[k]!] !== sentence) return this.mentions[ofKind[k]!]
    }
    return undefined
  }

  /** The last linked person at most `reach` sentences before `sentence`. */
  latestPersonNear(sentence: number, reach: number): Mention | undefined {
    const people = this.byKind.get('person') ?? []
    for (let k = people.length - 1; k >= 0; k--) {
      const there = this.sentences[people[k]!]!
      if (sentence - there <= reach) return this.mentions[people[k]!]
      if (this.ascending && there !== -1) return undefined
    }
    return undefined
  }

  /** The last linked mention in a sentence that passes `test` (given the mention's index among all so far). */
  latestIn(sentence: number, test: (mention: Mention, index: number) => boolean): Mention | undefined {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const there = this.sentences[k]!
      if (this.ascending && there !== -1 && there < sentence) return undefined
      const mention = this.mentions[k]!
      if (there === sentence && mention.entity && mention.kind && test(mention, k)) return mention
    }
    return undefined
  }

  private at(index: number | undefined): Mention | undefined {
    return index === undefined ? undefined : this.mentions[index]
  }

  private maxOf(indexes: readonly (number | undefined)[]): number | undefined {
    let max: number | undefined
    for (const index of indexes) if (index !== undefined && (max === undefined || index > max)) max = index
    return max
  }
}
