import anyAscii from 'any-ascii'

/** A piece of text in one font; `transliterated` when no font had its script and it is shown in Latin. */
export interface TextRun {
  text: string
  font: string
  transliterated: boolean
}

/** A font the writer can use and the code points it has. */
export interface CoveringFont {
  name: string
  has(codePoint: number): boolean
}

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u
const LTR = /[\p{L}\p{N}]/u
// Marks, joiners and spaces take the font of the letter they belong to.
const FOLLOWER = /^(?:\p{M}|\u200c|\u200d|\s)$/u

/**
 * Splits text into runs, each in the first font that has its characters; what no font has is transliterated
 * (any-ascii) into the first font. Right-to-left words (Arabic, Hebrew) are put in visual order here,
 * because the PDF writer lays words out left to right; the font engine shapes and reverses each word.
 */
export function textRuns(text: string, fonts: readonly CoveringFont[]): TextRun[] {
  const runs: TextRun[] = []
  // Only words a font can show right to left are reordered; transliterated ones read left to right.
  const shownRtl = (t: string) =>
    isRtl(t) && [...t].every((ch) => fonts.some((f) => f.has(ch.codePointAt(0)!)))
  for (const token of visualTokens(text, shownRtl)) {
    for (const piece of byFont(token, fonts)) {
      const last = runs.at(-1)
      // A right-to-left word stays a run of its own: the writer would misplace spaces inside it.
      const joinable =
        last &&
        last.font === piece.font &&
        last.transliterated === piece.transliterated &&
        !RTL.test(last.text) &&
        !RTL.test(piece.text)
      // Spaces inside a transliterated stretch stay in it, so that it is marked once.
      if (joinable || (last?.transliterated && /^\s+$/.test(piece.text))) last!.text += piece.text
      else runs.push(piece)
    }
  }
  return runs
}

function byFont(token: string, fonts: readonly CoveringFont[]): TextRun[] {
  const out: TextRun[] = []
  for (const ch of token) {
    const last = out.at(-1)
    if (last && !last.transliterated && FOLLOWER.test(ch)) {
      last.text += ch
      continue
    }
    const font = fonts.find((f) => f.has(ch.codePointAt(0)!))
    const piece: TextRun = font
      ? { text: ch, font: font.name, transliterated: false }
      : { text: anyAscii(ch), font: fonts[0]?.name ?? '', transliterated: true }
    if (last && last.font === piece.font && last.transliterated === piece.transliterated)
      last.text += piece.text
    else out.push(piece)
  }
  return out
}

/**
 * Words and spaces in visual order: each stretch of right-to-left words (with the spaces between them) is
 * reversed, so "محمد بن سلمان" is laid out as "سلمان بن محمد" and reads right to left.
 */
export function visualTokens(text: string, rtl: (token: string) => boolean = isRtl): string[] {
  const tokens = text.match(/\s+|[^\s]+/gu) ?? []
  const out: string[] = []
  let stretch: string[] = []
  const flush = () => {
    // Spaces at the end of a stretch stay where they are.
    const trailing: string[] = []
    while (stretch.length && /^\s+$/.test(stretch.at(-1)!)) trailing.unshift(stretch.pop()!)
    out.push(...stretch.reverse(), ...trailing)
    stretch = []
  }
  for (const t of tokens) {
    if (rtl(t) || (stretch.length && /^\s+$/.test(t))) stretch.push(t)
    else {
      flush()
      out.push(t)
    }
  }
  flush()
  return out
}

/** A word of right-to-left letters only (digits and Latin letters make it a left-to-right word). */
function isRtl(token: string): boolean {
  return RTL.test(token) && !LTR.test(token.replace(RTL_ALL, ''))
}

const RTL_ALL = new RegExp(RTL.source, 'gu')
