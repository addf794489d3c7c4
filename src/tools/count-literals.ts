/**
 * Counts the knowledge still written in code (issue 9 part 4): the string literals of the non-test TypeScript files
 * of the given folders (default src/coding and src/nlp/syntax), by kind, so that moving word lists and code checks
 * into data can be measured, before and after, with one method.
 *
 *   node dist/tools/count-literals.js [--files] [DIR …]
 *
 * Kinds: `word` — a lower-case word or word form ("not", "call", "n't"): what word lists and token checks hold;
 * `code` — digits ("030", "14"): CAMEO codes and code prefixes; `tag` — upper-case names ("NOUN", "GOV_VERBS"): part-of-
 * speech tags, class and trait names; `other` — punctuation, messages, paths, patterns. Import and export paths are
 * not counted; template literals count as `other` when they have no placeholder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

type Kind = 'word' | 'code' | 'tag' | 'other'
const KINDS: readonly Kind[] = ['word', 'code', 'tag', 'other']

/** The kind of one literal's text. */
export function kindOf(text: string): Kind {
  if (/^\d{1,4}$/.test(text)) return 'code'
  if (/^[a-z][a-z'’.-]*$/.test(text) || /^(n't|'s|’s|'|’)$/.test(text)) return 'word'
  if (/^[A-Z][A-Z0-9_]*$/.test(text)) return 'tag'
  return 'other'
}

/** The literals of one source text, by kind. */
export function countLiterals(source: string, name = 'file.ts'): Record<Kind, number> {
  const counts: Record<Kind, number> = { word: 0, code: 0, tag: 0, other: 0 }
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const visit = (node: ts.Node): void => {
    // module paths of imports and exports are no knowledge
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) counts[kindOf(node.text)]++
    ts.forEachChild(node, visit)
  }
  visit(file)
  return counts
}

function sources(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) return sources(path)
      return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('test-') ? [path] : []
    })
}

function main(args: string[]): void {
  const perFile = args.includes('--files')
  const dirs = args.filter((arg) => arg !== '--files')
  const total = { word: 0, code: 0, tag: 0, other: 0 }
  const lines: string[] = []
  for (const dir of dirs.length ? dirs : ['src/coding', 'src/nlp/syntax']) {
    const sum = { word: 0, code: 0, tag: 0, other: 0 }
    for (const path of sources(dir)) {
      const counts = countLiterals(readFileSync(path, 'utf8'), path)
      for (const kind of KINDS) sum[kind] += counts[kind]
      if (perFile) lines.push(`  ${relative(dir, path).padEnd(28)} ${KINDS.map((k) => `${k} ${counts[k]}`).join('  ')}`)
    }
    for (const kind of KINDS) total[kind] += sum[kind]
    const all = KINDS.reduce((n, k) => n + sum[k], 0)
    lines.push(
      `${dir}: ${all} literals — word ${sum.word}, code ${sum.code} (word + code: ${sum.word + sum.code}), tag ${sum.tag}, other ${sum.other}`,
    )
  }
  process.stdout.write(lines.join('\n') + '\n')
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) main(process.argv.slice(2))
