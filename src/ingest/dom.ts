import { parseHTML } from 'linkedom'

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

/** Paragraph texts of a node: blocks and <br> split paragraphs, whitespace inside a paragraph collapses. */
export function paragraphsOf(root: DomNode, skip: ReadonlySet<string> = SKIPPED): string[] {
  const parts: string[] = []
  const BREAK = '\u0000'
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '')
      return
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return
    const name = node.nodeName.toUpperCase()
    if (skip.has(name)) return
    const block = BLOCKS.has(name)
    if (block) parts.push(BREAK)
    // Sibling links, not childNodes[i]: linkedom keeps nodes in a linked list, so indexing is linear.
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child)
    if (block) parts.push(BREAK)
  }
  walk(root)
  return parts
    .join('')
    .split(BREAK)
    .map((paragraph) => paragraph.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
}

/** Text of an HTML fragment (a feed description, a JSONL `html` field), paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  const document = parseDocument(html)
  return document.body ? paragraphsOf(document.body).join('\n\n') : ''
}
