/**
 * Which paragraphs of an ECCN a License Requirements row covers ("applies to entire entry", "applies to
 * 3B001.a.4, c, d, f.1, k to n", "entire entry, except .e, .x, and .y"), and whether an item's paragraph
 * falls within it. Rows that describe their scope in words ("items that meet or exceed the parameters of
 * 1C101", "software for equipment controlled by 6A008") keep the words: only the exporter can answer them.
 */

/** A paragraph as path segments: "c.1.a" → ["c", "1", "a"]; [] is the whole entry. */
export type Paragraph = readonly string[]

export type Scope =
  | { kind: 'paragraphs'; include: readonly Paragraph[]; except: readonly Paragraph[] }
  /**
   * `mentions`: paragraphs of this entry the words name ("microcircuits in 9A515.d and 9A515.e.2 when ...");
   * an item outside all of them is outside the row. Absent for "entire entry, except ..." wording.
   */
  | { kind: 'described'; text: string; mentions?: readonly Paragraph[] }

export const ENTIRE: Scope = { kind: 'paragraphs', include: [[]], except: [] }

const ECCN = /\b\d[A-E]\d{3}\b/
const PART = String.raw`[a-z]|\d+`
const PATH = String.raw`(?:${PART})(?:\s?\.\s?(?:${PART}))*`
const ITEM = new RegExp(
  String.raw`^(?:(\d[A-E]\d{3})\s*)?\.?\s*(${PATH})(?:\s+(?:to|through)\s+\.?(${PATH}))?$`,
)

const split = (p: string): string[] => p.replace(/\s/g, '').split('.').filter(Boolean)

/** Expands "k to n" and "a.1 to a.3"; undefined when the range is not of one letter or one number. */
function expandRange(from: string[], to: string[]): string[][] | undefined {
  const head = from.slice(0, -1)
  const a = from.at(-1)
  const b = to.at(-1)
  if (a === undefined || b === undefined || to.length !== from.length) return undefined
  if (to.slice(0, -1).join('.') !== head.join('.')) return undefined
  const out: string[][] = []
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    for (let i = Number(a); i <= Number(b); i++) out.push([...head, String(i)])
  } else if (/^[a-z]$/.test(a) && /^[a-z]$/.test(b)) {
    for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) out.push([...head, String.fromCharCode(c)])
  } else return undefined
  return out.length > 0 ? out : undefined
}

/**
 * Parses a list of paragraph references of `eccn` ("3B001.a.4, c, d, f.1", ".e, .x, and .y",
 * "paragraphs .a and .x"); undefined if any part is not a paragraph of this entry.
 */
export function parseParagraphList(text: string, eccn: string): Paragraph[] | undefined {
  const cleaned = text
    .replace(/^(?:paragraphs?|items controlled by|items controlled in|“software” controlled by)\s+/i, '')
    .replace(/\s+only\.?$/i, '')
    .replace(/\s+of this entry$/i, '')
    .replace(/[.;]\s*$/, '')
    .trim()
  if (!cleaned) return undefined
  const parts = cleaned.split(/\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/).filter(Boolean)
  const out: Paragraph[] = []
  for (const part of parts) {
    const m = ITEM.exec(part.trim())
    if (!m?.[2]) return undefined
    if (m[1] && m[1] !== eccn) return undefined
    const from = split(m[2])
    if (m[3]) {
      const range = expandRange(from, split(m[3]))
      if (!range) return undefined
      out.push(...range)
    } else out.push(from)
  }
  return out
}

/** Parses the scope words that follow "NS applies to". */
export function parseScope(words: string, eccn: string): Scope {
  // A trailing "(refer to 4A994 for ...)" is a cross-reference, not a narrowing of the scope.
  const w = words
    .trim()
    .replace(/\s*\(refer to [^)]*\)$/i, '')
    .replace(/\.$/, '')
  if (/^(?:the\s+)?entire entry$/i.test(w)) return ENTIRE
  const except = /^(?:the\s+)?entire entry,?\s+except(?:\s+for)?:?\s+(.+)$/i.exec(w)
  if (except?.[1]) {
    const list = parseParagraphList(except[1], eccn)
    return list
      ? { kind: 'paragraphs', include: [[]], except: list }
      : { kind: 'described', text: words.trim() }
  }
  if (!ECCN.test(w) || w.includes(eccn)) {
    const list = parseParagraphList(w, eccn)
    if (list) return { kind: 'paragraphs', include: list, except: [] }
  }
  return described(words.trim(), eccn)
}

function described(text: string, eccn: string): Scope {
  if (/entire entry/i.test(text)) return { kind: 'described', text }
  const re = new RegExp(String.raw`\b${eccn}\s?((?:\.[a-z0-9]+)+)`, 'g')
  const mentions = [...text.matchAll(re)].map((m) => split(m[1] ?? ''))
  return mentions.length > 0 ? { kind: 'described', text, mentions } : { kind: 'described', text }
}

const within = (inner: Paragraph, outer: Paragraph): boolean => outer.every((seg, i) => inner[i] === seg)

/**
 * Does the scope cover an item of this paragraph? "unknown" when the item is less specific than the row
 * (item "3B001" or "3B001.c" against a row for "c.1.a") or the row is described in words.
 */
export function covers(scope: Scope, item: Paragraph): 'yes' | 'no' | 'unknown' {
  if (scope.kind === 'described') {
    const related = (p: Paragraph) => within(item, p) || within(p, item)
    return item.length > 0 && scope.mentions && !scope.mentions.some(related) ? 'no' : 'unknown'
  }
  if (scope.except.some((e) => within(item, e))) return 'no'
  const partlyExcepted = scope.except.some((e) => within(e, item))
  if (scope.include.some((p) => within(item, p))) return partlyExcepted ? 'unknown' : 'yes'
  if (scope.include.some((p) => within(p, item))) return 'unknown'
  return 'no'
}
