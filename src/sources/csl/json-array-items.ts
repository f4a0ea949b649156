import { TcError } from '../../errors.js'

export interface ArraySplit {
  /** The document with the array replaced by [], for the top-level fields around it. */
  rest: string
  /** Each array item's source text, in order, with the 1-based line it starts on. */
  items: Array<{ text: string; line: number }>
}

const QUOTE = 34
const BACKSLASH = 92

/**
 * Splits the array under a top-level key into its items' source texts without parsing them, so each item is
 * parsed on its own: one malformed record becomes one reported row instead of a failed file, and the whole
 * list never exists as one parse tree.
 */
export function splitJsonArray(text: string, key: string, file: string): ArraySplit {
  const keyAt = text.search(new RegExp(`"${key}"\\s*:\\s*\\[`))
  if (keyAt < 0) throw new TcError('TC_BAD_FILE', `no "${key}" array`, { field: file })
  const open = text.indexOf('[', keyAt)
  const items: ArraySplit['items'] = []
  let depth = 0
  let start = -1
  let line = 1
  let startLine = line
  let nextNewline = text.indexOf('\n')
  const lineAt = (i: number): number => {
    // Lines are counted lazily, only up to where an item starts (the official file is one long line).
    while (nextNewline !== -1 && nextNewline < i) {
      line++
      nextNewline = text.indexOf('\n', nextNewline + 1)
    }
    return line
  }
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      // Jump to the closing quote: one not preceded by an odd run of backslashes.
      let end = text.indexOf('"', i + 1)
      while (end !== -1) {
        let slashes = 0
        while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++
        if (slashes % 2 === 0) break
        end = text.indexOf('"', end + 1)
      }
      if (end === -1) break
      i = end
    } else if (c === 123 || c === 91) {
      if (depth === 0) {
        start = i
        startLine = lineAt(i)
      }
      depth++
    } else if (c === 125 || c === 93) {
      if (depth === 0) return { rest: `${text.slice(0, open)}[]${text.slice(i + 1)}`, items } // closing ]
      depth--
      if (depth === 0) items.push({ text: text.slice(start, i + 1), line: startLine })
    } else if (depth === 0 && c !== 44 && c > 32) {
      // a bare scalar item (number, true, null): keep it so the caller can report it
      let end = i
      while (end < text.length && !/[,\]\s]/.test(text.charAt(end))) end++
      items.push({ text: text.slice(i, end), line: lineAt(i) })
      i = end - 1
    }
  }
  line = lineAt(text.length)
  throw new TcError('TC_BAD_FILE', `the "${key}" array is not closed (file truncated?)`, {
    field: `${file}:${line}`,
  })
}
