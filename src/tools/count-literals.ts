/**
 * Counts the knowledge still written in code (issue 9 part 4): the string literals of the non-test TypeScript files
 * of the given folders (default src/coding and src/nlp/syntax), by kind, so that moving word lists and code checks
 * into data can be measured, before and after, with one method.
 *
 *   node dist/tools/count-literals.js [--files] [--list] [DIR …]   (run from the checkout: it reads tsconfig.json's options)
 *
 * --files prints each file's counts; --list prints each word and code literal with its place.
 *
 * Kinds: `name` — a literal the type checker expects to be one of a closed set of names (a trait, a modality, a
 * layer, an element kind: `tables.has(code, 'force')`), the engine's own vocabulary; `word` — any other lower-case word
 * or word form ("to", "n't"): what word lists and token checks hold; `code` — digits ("030", "14"): CAMEO codes and
 * code prefixes; `tag` — upper-case names ("NOUN", "SAY_VERBS"): part-of-speech tags and class names; `other` —
 * punctuation, messages, paths and file names, patterns. Import and export paths are not counted. "word + code" is the figure of
 * issue 9: knowledge a linguist would change.
 */
import { readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ts from 'typescript'

type Kind = 'name' | 'word' | 'code' | 'tag' | 'other'
const KINDS: readonly Kind[] = ['name', 'word', 'code', 'tag', 'other']

/** The kind of one literal's text, the type checker aside. */
export function kindOf(text: string): Exclude<Kind, 'name'> {
  if (/^\d{1,4}$/.test(text)) return 'code'
  if (/^[a-z][a-z-]*\.[a-z]+$/.test(text)) return 'other' // a file name: cameo.json, index.verb
  if (/^[a-z][a-z'’.-]*$/.test(text) || /^(n't|'s|’s|'|’)$/.test(text)) return 'word'
  if (/^[A-Z][A-Z0-9_]*$/.test(text)) return 'tag'
  return 'other'
}

/** Whether a type is one of a closed set of string names (a union of string literal types, maybe undefined). */
function closedSet(type: ts.Type | undefined): boolean {
  if (!type) return false
  const parts = type.isUnion() ? type.types : [type]
  const strings = parts.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)))
  return strings.length > 0 && strings.every((t) => t.isStringLiteral())
}

const EQUALITY = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
])

/**
 * Whether the literal stands where the checker knows only a closed set of string names: where it expects one
 * (`tables.has(code, 'force')`), compared with a value of such a type (`element.kind === 'slot'`), or as a literal type
 * (`kind: 'word'`, `TimeExpression['precision']`).
 */
function closedName(checker: ts.TypeChecker, node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): boolean {
  if (ts.isLiteralTypeNode(node.parent)) return true
  const { parent } = node
  if (ts.isBinaryExpression(parent) && EQUALITY.has(parent.operatorToken.kind)) {
    const other = parent.left === node ? parent.right : parent.left
    if (closedSet(checker.getTypeAtLocation(other))) return true
  }
  return closedSet(checker.getContextualType(node))
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
  const list = args.includes('--list')
  const given = args.filter((arg) => arg !== '--files' && arg !== '--list')
  const dirs = (given.length ? given : ['src/coding', 'src/nlp/syntax']).map((dir) => resolve(dir))
  const files = dirs.flatMap(sources)
  const config = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.json',
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )
  const program = ts.createProgram(files, config?.options ?? { strict: true })
  const checker = program.getTypeChecker()
  const lines: string[] = []
  for (const dir of dirs) {
    const sum: Record<Kind, number> = { name: 0, word: 0, code: 0, tag: 0, other: 0 }
    for (const path of sources(dir)) {
      const counts: Record<Kind, number> = { name: 0, word: 0, code: 0, tag: 0, other: 0 }
      const file = program.getSourceFile(path)
      if (!file) continue
      const visit = (node: ts.Node): void => {
        if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
          const text = kindOf(node.text)
          const kind = (text === 'word' || text === 'tag') && closedName(checker, node) ? 'name' : text
          counts[kind]++
          if (list && (kind === 'word' || kind === 'code')) {
            const { line } = file.getLineAndCharacterOfPosition(node.getStart(file))
            lines.push(`  ${relative(process.cwd(), path)}:${line + 1} ${kind} ${JSON.stringify(node.text)}`)
          }
        }
        ts.forEachChild(node, visit)
      }
      visit(file)
      for (const kind of KINDS) sum[kind] += counts[kind]
      if (perFile) lines.push(`  ${relative(dir, path).padEnd(28)} ${KINDS.map((k) => `${k} ${counts[k]}`).join('  ')}`)
    }
    const all = KINDS.reduce((n, k) => n + sum[k], 0)
    lines.push(
      `${relative(process.cwd(), dir) || dir}: ${all} literals — word ${sum.word}, code ${sum.code} (word + code: ` +
        `${sum.word + sum.code}), name ${sum.name}, tag ${sum.tag}, other ${sum.other}`,
    )
  }
  process.stdout.write(lines.join('\n') + '\n')
}

main(process.argv.slice(2))
