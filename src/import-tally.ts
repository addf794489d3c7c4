/** What an importer of another coder's files (PETRARCH verbs, Phoenix actors) could not carry over, by reason. */

const EXAMPLES = 3

/** Why a part of the source was left out or changed, with how many and a few examples ("line 812: - * …"). */
export interface ImportIssue {
  count: number
  readonly examples: string[]
}

/** Counts issues by reason, keeping the first few examples of each. */
export class Tally {
  readonly issues = new Map<string, ImportIssue>()
  add(reason: string, example: string): void {
    const issue = this.issues.get(reason) ?? { count: 0, examples: [] }
    issue.count++
    if (issue.examples.length < EXAMPLES) issue.examples.push(example)
    this.issues.set(reason, issue)
  }
}
