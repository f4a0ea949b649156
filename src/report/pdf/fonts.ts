import * as fontkit from 'fontkit'
import type { CoveringFont } from './text-runs.js'

/** Font files for PDF reports (TrueType/OpenType bytes); the service finds them, the core only reads bytes. */
export interface ReportFonts {
  /** Body text; without it the standard Helvetica (Latin-1 only) is used. */
  regular?: Uint8Array
  bold?: Uint8Array
  /** Tried in order for characters the body font lacks (e.g. a CJK font). */
  fallbacks?: readonly Uint8Array[]
}

/** A font ready for the writer: the name it is registered under, its bytes (none for standard fonts). */
export interface LoadedFont extends CoveringFont {
  data: Buffer | undefined
  standard: string | undefined
}

/** The fonts a document uses: body, bold, and fallbacks, each checked for coverage character by character. */
export interface FontSet {
  regular: LoadedFont[]
  bold: LoadedFont[]
}

export function loadFonts(fonts: ReportFonts = {}): FontSet {
  const fallbacks = (fonts.fallbacks ?? []).map((f, i) => embedded(`fallback${i}`, f))
  const regular = fonts.regular ? embedded('regular', fonts.regular) : standard('regular', 'Helvetica')
  const bold = fonts.bold
    ? embedded('bold', fonts.bold)
    : fonts.regular
      ? regular
      : standard('bold', 'Helvetica-Bold')
  return { regular: [regular, ...fallbacks], bold: [bold, ...fallbacks] }
}

function embedded(name: string, bytes: Uint8Array): LoadedFont {
  const data = Buffer.from(bytes)
  const font = fontkit.create(data)
  if (!('hasGlyphForCodePoint' in font))
    throw new Error(`font ${name}: a font collection; give one font file`)
  return { name, data, standard: undefined, has: (cp) => font.hasGlyphForCodePoint(cp) }
}

// The standard PDF fonts are encoded in WinAnsi: Latin-1 and a few typographic marks.
const WIN_ANSI_EXTRA = new Set([...'‘’“”–—…•€™'].map((c) => c.codePointAt(0)!))

function standard(name: string, font: string): LoadedFont {
  return {
    name,
    data: undefined,
    standard: font,
    has: (cp) => (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(cp),
  }
}
