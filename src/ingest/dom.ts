import { Parser } from 'htmlparser2'
import { parseHTML } from 'linkedom'
import { EntenteError } from '../errors.js'

/** The little of the DOM that the readers use (tsconfig has no DOM lib; linkedom implements these). */
export interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly firstChild: DomNode | null
  readonly nextSibling: DomNode | null
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null
  getElementsByTagName(name: string): ArrayLike<DomElement>
  querySelectorAll(selector: string): ArrayLike<DomElement>
}

export interface DomDocument extends DomElement {
  readonly body: DomElement | null
  readonly title: string
}

/** Parses HTML (a whole page, a truncated page or a fragment) into a document that always has a body. */
export function parseDocument(html: string): DomDocument {
  const hasRoot = /<html[\s>]/i.test(html)
  const hasSections = /<(head|body)[\s>]/i.test(html)
  const page = hasRoot
    ? html
    : hasSections
      ? `<html>${html}</html>`
      : `<!doctype html><html><head></head><body>${html}</body></html>`
  return parseHTML(page).document as unknown as DomDocument
}

/** Elements whose content is never article text. */
export const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'HEAD',
  'SELECT',
  'BUTTON',
])

/** Elements that start a new paragraph. */
const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM ' +
    'H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TH THEAD TR UL'
  ).split(' '),
)

/**
 * The most a page may nest and hold before a DOM is built for it. Readability's scoring is about cubic in depth
 * (1,000 nested <div>s took 24 s, 5,000 over 12 minutes) and grows with elements × depth (28,000 elements 150 deep
 * took about 5 s); linkedom's parse is quadratic in depth. Real pages nest 20 to 60 deep and hold a few thousand
 * elements: `work` (the sum of every element's depth) is about 50,000 for a news page.
 */
export const MARKUP_LIMITS = { depth: 160, elements: 30_000, work: 600_000 } as const

/**
 * Refuses markup that nests deeper, holds more elements or more nesting work than MARKUP_LIMITS, before any DOM
 * is built: one streaming pass of the tokenizer (implied and void closings as browsers apply them). `where`
 * names the input for the message ('HTML "page.html"', 'item 3 of feed "wire.xml"').
 */
export function checkMarkup(html: string, where: string, input: string): void {
  let depth = 0
  let deepest = 0
  let elements = 0
  let work = 0
  const parser = new Parser({
    onopentag() {
      depth++
      elements++
      work += depth
      if (depth > deepest) deepest = depth
    },
    onclosetag() {
      depth--
    },
  })
  parser.end(html)
  const problem =
    deepest > MARKUP_LIMITS.depth
      ? `its elements nest ${deepest} deep (at most ${MARKUP_LIMITS.depth} are read)`
      : elements > MARKUP_LIMITS.elements
        ? `it has ${elements} elements (at most ${MARKUP_LIMITS.elements} are read)`
        : work > MARKUP_LIMITS.work
          ? `its ${elements} elements nest ${Math.round(work / elements)} deep on average (elements × average depth at most ${MARKUP_LIMITS.work} are read)`
          : undefined
  if (problem === undefined) return
  throw new EntenteError('html.too-complex', `Cannot read ${where}: ${problem}`, {
    input,
    hint: 'Such markup is not a news page; pass --input text to read it as plain text',
  })
}

/** Paragraph texts of a node: blocks and <br> split paragraphs, whitespace inside a paragraph collapses. */
export function paragraphsOf(root: DomNode, skip: ReadonlySet<string> = SKIPPED): string[] {
  const parts: string[] = []
  const BREAK = '\u0000'
  // An explicit stack, not recursion: no depth of markup can overflow the call stack. A string entry is text
  // to emit when it is reached (the break after a block).
  const stack: (DomNode | string)[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (typeof node === 'string') {
      parts.push(node)
      continue
    }
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '')
      continue
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue
    const name = node.nodeName.toUpperCase()
    if (skip.has(name)) continue
    const block = BLOCKS.has(name)
    if (block) {
      parts.push(BREAK)
      stack.push(BREAK)
    }
    // Sibling links, not childNodes[i]: linkedom keeps nodes in a linked list, so indexing is linear.
    const children: DomNode[] = []
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child)
    for (let c = children.length - 1; c >= 0; c--) stack.push(children[c]!)
  }
  return parts
    .join('')
    .split(BREAK)
    .map((paragraph) => paragraph.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
}

/**
 * Text of an HTML fragment (a feed description, a JSONL `html` field), paragraphs separated by blank lines;
 * markup over MARKUP_LIMITS is refused, naming `where`.
 */
export function htmlToText(html: string, where = 'HTML', input = where): string {
  checkMarkup(html, where, input)
  const document = parseDocument(html)
  return document.body ? paragraphsOf(document.body).join('\n\n') : ''
}
