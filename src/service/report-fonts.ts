import { existsSync, readFileSync } from 'node:fs'
import { delimiter } from 'node:path'
import type { ReportFonts } from '../report/pdf/fonts.js'

/**
 * Fonts for PDF reports, from the system: DejaVu Sans (Debian fonts-dejavu-core: Latin, Greek, Cyrillic,
 * Arabic, Hebrew) and Droid Sans Fallback (fonts-droid-fallback: Chinese, Japanese, Korean). TC_REPORT_FONTS
 * lists more font files (separated like PATH), tried before those. Nothing is fetched: what no font covers is
 * transliterated in the PDF, with a note.
 */
export const FONT_PATHS = {
  regular: [
    '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf',
  ],
  bold: [
    '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf',
  ],
  fallbacks: [
    '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
    '/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf',
  ],
}

let cached: { key: string; fonts: ReportFonts } | undefined

export function systemReportFonts(env: NodeJS.ProcessEnv = process.env): ReportFonts {
  const extra = (env.TC_REPORT_FONTS ?? '').split(delimiter).filter(Boolean)
  const key = extra.join(delimiter)
  if (cached?.key === key) return cached.fonts
  const first = (paths: readonly string[]) => paths.find((p) => existsSync(p))
  const read = (p: string | undefined) => (p ? new Uint8Array(readFileSync(p)) : undefined)
  const fonts: ReportFonts = {}
  const regular = read(first(FONT_PATHS.regular))
  const bold = read(first(FONT_PATHS.bold))
  if (regular) fonts.regular = regular
  if (bold) fonts.bold = bold
  const fallbacks = [...extra, ...FONT_PATHS.fallbacks.filter((p) => existsSync(p)).slice(0, 1)]
  fonts.fallbacks = fallbacks.map((p) => new Uint8Array(readFileSync(p)))
  cached = { key, fonts }
  return fonts
}
