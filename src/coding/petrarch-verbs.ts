/**
 * Reads a TABARI/PETRARCH verb dictionary (PETRARCH-2's CAMEO.2.0.txt and its validation file): synonym sets
 * (`&NAME` then `+WORD` lines), verb blocks (`--- NAME [code] ---`, then verbs `WORD {forms} [code]` and
 * multi-word verbs `+SET_UP`), patterns (`- PRE * POST [code]`) and transformations (`~ …`). Only the reading is
 * here; what becomes of each part in our format is import-petrarch.ts.
 */

/** A synonym set: its members as written (upper case, `_` or blanks between the words of a phrase). */
export interface PetrarchSynset {
  readonly name: string
  readonly members: readonly string[]
  readonly line: number
}

export interface PetrarchVerb {
  /** As written: "BUILD", "+SET_UP", "KLM_NOP_+RST". */
  readonly text: string
  /** Its own code, when the line gives one; else the block's. */
  readonly code?: string
  readonly line: number
}

export interface PetrarchPattern {
  /** The words before the verb (`*`) and after it, split on blanks. */
  readonly before: readonly string[]
  readonly after: readonly string[]
  readonly code: string
  readonly line: number
  readonly text: string
}

export interface PetrarchBlock {
  readonly name: string
  /** The block's code: "---" when the bare verbs code nothing. */
  readonly code: string
  readonly verbs: PetrarchVerb[]
  readonly patterns: PetrarchPattern[]
  readonly line: number
}

export interface PetrarchVerbDictionary {
  readonly synsets: ReadonlyMap<string, PetrarchSynset>
  readonly blocks: readonly PetrarchBlock[]
  /** Transformation lines (`~ a (a b ATTACK) SAY = a b 015`): governing constructions. */
  readonly transformations: readonly { readonly text: string; readonly line: number }[]
  /** Lines that fit no part of the format. */
  readonly unread: readonly { readonly text: string; readonly line: number }[]
}

const CODE = /\[([^\]]*)\]\s*$/

/** Drops `<!-- … -->` (also over several lines) and `#` comments, keeping line numbers. */
function uncommented(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  let open = false
  return lines.map((raw) => {
    let line = raw
    let kept = ''
    while (line.length) {
      if (open) {
        const end = line.indexOf('-->')
        if (end < 0) return kept
        line = line.slice(end + 3)
        open = false
      } else {
        const start = line.indexOf('<!--')
        if (start < 0) break
        kept += line.slice(0, start)
        line = line.slice(start + 4)
        open = true
      }
    }
    if (!open) kept += line
    const hash = kept.indexOf('#')
    return (hash < 0 ? kept : kept.slice(0, hash)).trimEnd()
  })
}

/** Parses a PETRARCH verb dictionary's text; `name` is only for messages. */
export function readPetrarchVerbs(text: string): PetrarchVerbDictionary {
  const synsets = new Map<string, PetrarchSynset>()
  const blocks: PetrarchBlock[] = []
  const transformations: { text: string; line: number }[] = []
  const unread: { text: string; line: number }[] = []
  let synset: { name: string; members: string[]; line: number } | undefined
  let block: PetrarchBlock | undefined
  uncommented(text).forEach((content, index) => {
    const line = index + 1
    const trimmed = content.trim()
    if (!trimmed) return
    // a synonym set's members follow its name; the first other line ends it
    if (synset && trimmed.startsWith('+')) {
      synset.members.push(trimmed.slice(1).trim())
      return
    }
    synset = undefined
    if (trimmed.startsWith('---')) {
      const code = /\[([^\]]*)\]/.exec(trimmed)?.[1]?.trim() || '---'
      const name = trimmed
        .replace(/-{3,}/g, ' ')
        .replace(/\[[^\]]*\]/, ' ')
        .trim()
      block = { name, code, verbs: [], patterns: [], line }
      blocks.push(block)
    } else if (trimmed.startsWith('&')) {
      const name = trimmed.split(/\s+/)[0]!.slice(1)
      synset = { name, members: [], line }
      synsets.set(name, synset)
    } else if (trimmed.startsWith('~')) {
      transformations.push({ text: trimmed, line })
    } else if (trimmed.startsWith('-') && block) {
      const code = CODE.exec(trimmed)
      const body = code ? trimmed.slice(1, code.index) : trimmed.slice(1)
      const star = body.indexOf('*')
      if (!code || star < 0) {
        unread.push({ text: trimmed, line })
        return
      }
      const split = (part: string) => part.split(/\s+/).filter((word) => word !== '')
      block.patterns.push({
        before: split(body.slice(0, star)),
        after: split(body.slice(star + 1).replace(/^\*/, '')),
        code: code[1]!.trim(),
        line,
        text: trimmed,
      })
    } else if (block) {
      const code = CODE.exec(trimmed)?.[1]?.trim()
      const verb =
        trimmed
          .replace(/\{[^}]*\}/g, ' ')
          .replace(CODE, ' ')
          .trim()
          .split(/\s+/)[0] ?? ''
      block.verbs.push(code ? { text: verb, code, line } : { text: verb, line })
    } else {
      unread.push({ text: trimmed, line })
    }
  })
  return { synsets, blocks, transformations, unread }
}
