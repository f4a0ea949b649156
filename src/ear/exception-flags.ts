/**
 * Reads the paragraph limits written into an ECCN's list-based licence-exception fields ("LVS: $500 for
 * 0A501.c, .d, and .x", "GBS: Yes, except a.3 (...), c.1.a (...)", "STA may not be used to ship 3B001.c.1.a,
 * c.1.c, and .q to any of the destinations listed in Country Group A:5 or A:6", read against the destination's
 * groups). "maybe" when the field
 * limits the exception in words the reader cannot apply; the condition text then says so.
 */
import { covers, type Paragraph, parseParagraphList } from './ccl-scope.js'

export type FlagVerdict = 'yes' | 'no' | 'maybe'

const stripParens = (s: string): string => {
  let out = s
  while (/\([^()]*\)/.test(out)) out = out.replace(/\([^()]*\)/g, '')
  return out.replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim()
}

function listCovers(list: string, eccn: string, paragraph: Paragraph): FlagVerdict {
  const parsed = parseParagraphList(stripParens(list).replace(/[.;]\s*$/, ''), eccn)
  if (!parsed) return 'maybe'
  const c = covers({ kind: 'paragraphs', include: parsed, except: [] }, paragraph)
  return c === 'unknown' ? 'maybe' : c
}

const invert = (v: FlagVerdict): FlagVerdict => (v === 'yes' ? 'no' : v === 'no' ? 'yes' : 'maybe')

/** Is the exception named by this flag text available for this paragraph of the ECCN? */
export function flagAllows(
  text: string,
  eccn: string,
  paragraph: Paragraph,
  groups: ReadonlySet<string>,
): FlagVerdict {
  const t = text.replace(/\s+/g, ' ').trim()
  if (/^N\/A\.?$/i.test(t) || /^no\b/i.test(t)) return 'no'
  const staBar =
    /may not be used (?:to ship(?: or transmit)?|for) (.+?) to any of the destinations listed in Country Groups? (A:\d(?: or A:\d)?)/i.exec(
      t,
    )
  if (staBar?.[1] && staBar[2]) {
    // The bar names the groups it applies to; outside them it does not restrict.
    if (!staBar[2].split(' or ').some((g) => groups.has(g))) return 'yes'
    return invert(listCovers(staBar[1].replace(/^any commodity in /i, ''), eccn, paragraph))
  }
  const except = /^(?:Yes|\$[\d,]+)[:,]?\s*except(?: N\/A for)?\s+(.+)$/i.exec(t)
  if (except?.[1]) return invert(listCovers(except[1], eccn, paragraph))
  const only = /^(?:Yes:?,?\s*)?(?:\$[\d,]+\s+)?for\s+(.+)$/i.exec(t)
  if (only?.[1]) return listCovers(only[1].replace(/\bsee §.*$/i, ''), eccn, paragraph)
  if (/^(?:Yes\b|\$[\d,]+\.?$)/i.test(t)) return 'yes'
  return 'maybe'
}
