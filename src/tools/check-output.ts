/**
 * Pins pipeline behaviour: runs `entente extract` over data/samples/ and every document of ../shared/eval/*,
 * and saves the JSON output (`save FILE`) or compares it with a saved run (`compare FILE`), naming each
 * document whose output changed. A refactoring step lands only when `compare` reports no change.
 *
 *   npm run build && node dist/tools/check-output.js save /tmp/before.jsonl
 *   … change the code …
 *   npm run build && node dist/tools/check-output.js compare /tmp/before.jsonl
 *
 * `--dist DIR` runs another build (e.g. one of the last commit) instead of this one.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

// run from the checkout: data/samples/ is below it and the eval sets beside it, in ../shared/eval
const ROOT = process.cwd()
const SAMPLES = join(ROOT, 'data', 'samples')
const EVAL = resolve(ROOT, '..', 'shared', 'eval')

interface GoldJson {
  id?: string
  text?: string
  text_file?: string
  published?: string
}

/** Every gold document below `dir` as one JSONL line an extract run reads (text kept exactly). */
function evalLines(dir: string): string[] {
  const lines: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) lines.push(...evalLines(path))
    else if (name.endsWith('.gold.json') || name === 'gold.json') {
      const gold = JSON.parse(readFileSync(path, 'utf8')) as GoldJson
      const text = gold.text ?? readFileSync(join(dir, gold.text_file ?? ''), 'utf8')
      lines.push(JSON.stringify({ text, published: gold.published, source: gold.id ?? path }))
    }
  }
  return lines
}

/** One output line per document, keyed by where it came from. */
function extract(dist: string, inputs: string[]): string[] {
  // a failed article is part of the output too: its message goes to stderr, and the run goes on
  const result = spawnSync('node', [join(dist, 'cli', 'main.js'), 'extract', ...inputs, '--format', 'json'], {
    cwd: ROOT,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  if (result.error) throw result.error
  const failed = result.status ? [`{"failed":${JSON.stringify(inputs.join(' '))},"status":${result.status}}`] : []
  return [...result.stdout.split('\n').filter((line) => line !== ''), ...failed]
}

function keyOf(line: string, index: number): string {
  const doc = JSON.parse(line) as { source?: { path?: string; item?: number; name?: string } }
  const source = doc.source ?? {}
  return `${source.path ?? ''}#${source.item ?? ''}${source.name ? ` (${source.name})` : ''}@${index}`
}

function run(dist: string): Map<string, string> {
  const tmp = mkdtempSync(join(tmpdir(), 'entente-check-'))
  try {
    const lines = [...extract(dist, [SAMPLES])]
    if (!existsSync(EVAL)) throw new Error(`Cannot find the eval sets at ${EVAL}: run this from the checkout`)
    for (const set of readdirSync(EVAL).sort()) {
      const dir = join(EVAL, set)
      if (!statSync(dir).isDirectory()) continue
      const file = join(tmp, `${set}.jsonl`)
      writeFileSync(file, evalLines(dir).join('\n') + '\n')
      lines.push(...extract(dist, [file]).map((line) => line.split(tmp).join('eval')))
    }
    return new Map(lines.map((line, index) => [keyOf(line, index), line]))
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

function main(args: string[]): number {
  const distAt = args.indexOf('--dist')
  const dist = distAt >= 0 ? resolve(args.splice(distAt, 2)[1] ?? '') : join(ROOT, 'dist')
  const [mode, file] = args
  if ((mode !== 'save' && mode !== 'compare') || !file) {
    process.stderr.write('usage: check-output save|compare FILE [--dist DIR]\n')
    return 2
  }
  const now = run(dist)
  if (mode === 'save') {
    writeFileSync(file, JSON.stringify([...now]) + '\n')
    process.stdout.write(`saved the output of ${now.size} documents to ${file}\n`)
    return 0
  }
  const before = new Map(JSON.parse(readFileSync(file, 'utf8')) as [string, string][])
  const changed = [...new Set([...before.keys(), ...now.keys()])].filter((key) => before.get(key) !== now.get(key))
  for (const key of changed) process.stdout.write(`changed: ${key}\n`)
  process.stdout.write(`${now.size} documents, ${changed.length} changed\n`)
  return changed.length ? 1 : 0
}

process.exitCode = main(process.argv.slice(2))
