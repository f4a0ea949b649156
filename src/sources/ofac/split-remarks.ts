/**
 * Splits an OFAC remarks string into its "; "-separated facts, ignoring separators inside parentheses or
 * single-quoted aliases ("a.k.a. 'A; B'"), and dropping the closing full stop.
 */
export function splitRemarks(remarks: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quoted = false
  let start = 0
  for (let i = 0; i < remarks.length; i++) {
    const ch = remarks[i]
    if (ch === '(') depth++
    else if (ch === ')') depth = Math.max(0, depth - 1)
    else if (ch === "'" && /[\s.]|^$/.test(remarks[i - 1] ?? '') && !quoted) quoted = true
    else if (ch === "'" && quoted && /[;.\s]|^$/.test(remarks[i + 1] ?? '')) quoted = false
    else if (ch === ';' && depth === 0 && !quoted) {
      parts.push(remarks.slice(start, i))
      start = i + 1
    }
  }
  parts.push(remarks.slice(start))
  // An apostrophe that never closed was part of a name, not a quote: split plainly instead.
  const pieces = quoted ? remarks.split(';') : parts
  return pieces.map((p) => p.trim().replace(/\.$/, '').trim()).filter((p) => p !== '')
}
