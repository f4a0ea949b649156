/**
 * The destination half of a CCL License Requirements row: a Country Chart column ("NS Column 2"), or one of
 * the free-text forms the CCL uses instead (15 CFR 738.4(a)(1)): worldwide, worldwide except Canada,
 * "To or within Macau or a destination specified in Country Group D:5", group include/exclude formulas,
 * named countries, and pointers to §§ 742.x / 746.x. Text we cannot read returns undefined — never a guess.
 */

export type DestinationRule =
  | { kind: 'column'; column: string }
  | { kind: 'worldwide'; except: readonly string[]; aiDiffusion: boolean }
  | {
      kind: 'formula'
      countries: readonly string[]
      groups: readonly string[]
      excludeGroups: readonly string[]
      aiDiffusion: boolean
    }
  /** § 742.6(a)(11): applies when a party is an Entity List entity with footnote 5. */
  | { kind: 'el-footnote-5' }
  | { kind: 'none' }

/** 15 CFR 746.1(b)(2): UN arms-embargoed destinations (list as in EyeWarnYou's eCFR 2026-09-24 parse). */
const UN_ARMS_EMBARGO = ['CF', 'CD', 'ER', 'IR', 'IQ', 'LB', 'LY', 'KP', 'SO', 'SD'] as const

/** States not party to the CWC (15 CFR 742.18; Supp. No. 2 to Part 745 lists the parties) [verify]. */
export const CWC_NON_STATES_PARTIES = ['EG', 'KP', 'SS'] as const

export interface ParsedDestination {
  rule: DestinationRule
  /** The section the text points to, e.g. "15 CFR 742.6(a)(6)(iii)(B)", when it names one. */
  citation?: string
  /** Paragraph narrowing written into the destination text ("other than 2B999.h.2"). */
  exceptParagraphs?: string[][]
  onlyParagraphs?: string[][]
}

const GROUP = /\b([ADE]:\d)\b/g
const AI_DIFFUSION = /742\.6\(a\)\(6\)\(iii\)\(A\)|742\.6\(a\)\(13\)/

function citedSection(text: string): string | undefined {
  const m = /§§?\s*(7\d\d\.\d+(?:\([a-z0-9]+\))*)/i.exec(text)
  return m?.[1] ? `15 CFR ${m[1]}` : undefined
}

const groupsIn = (s: string): string[] => [...s.matchAll(GROUP)].map((m) => m[1] ?? '').filter(Boolean)

/** `lookup` resolves a country name in the text to ISO-2. */
export function parseDestination(
  text: string,
  reason: string,
  lookup: (name: string) => string | undefined,
): ParsedDestination | undefined {
  const t = text.replace(/\s+/g, ' ').trim()
  const citation = citedSection(t)
  const at = (p: ParsedDestination): ParsedDestination => (citation ? { citation, ...p } : p)

  const col = /^(?:(NS|NP|MT|RS|CB|CC|FC|AT)\s+)?Column\s+([123])\b/i.exec(t)
  if (col) return at({ rule: { kind: 'column', column: `${col[1]?.toUpperCase() ?? reason} ${col[2]}` } })
  if (/^N\/A\.?$/.test(t)) return { rule: { kind: 'none' } }
  if (/^worldwide control\b|^to or within any destination worldwide\b/i.test(t))
    return at({ rule: { kind: 'worldwide', except: [], aiDiffusion: AI_DIFFUSION.test(t) } })
  if (/license is required for all destinations,? except Canada/i.test(t))
    return at({ rule: { kind: 'worldwide', except: ['CA'], aiDiffusion: false } })
  if (/^A license is required for all destinations, as specified in § 742\.13/i.test(t))
    return at({ rule: { kind: 'worldwide', except: [], aiDiffusion: false } })
  // EI (15 CFR 742.15(a)) and SI (15 CFR 742.14): all destinations except Canada.
  if (/^Refer to § 742\.15\b|^See § 742\.14\b/.test(t))
    return at({ rule: { kind: 'worldwide', except: ['CA'], aiDiffusion: false } })
  if (/^See § 742\.6\(a\)\(11\)/.test(t)) return at({ rule: { kind: 'el-footnote-5' } })
  if (/^See § 746\.1(?:\(b\))?(?: of the EAR)? for UN controls\.?$/.test(t))
    return {
      citation: '15 CFR 746.1(b)',
      rule: {
        kind: 'formula',
        countries: UN_ARMS_EMBARGO,
        groups: [],
        excludeGroups: [],
        aiDiffusion: false,
      },
    }
  if (/^See § 746\.8 for specific license requirements/.test(t))
    return at({
      rule: { kind: 'formula', countries: ['RU', 'BY'], groups: [], excludeGroups: [], aiDiffusion: false },
    })
  const within = /^To or within (.+?)(?:\.\s*See\b.*)?$/i.exec(t)
  if (within?.[1]) return formula(within[1], lookup, citation)
  const named = /^([A-Z][a-z]+(?:,? (?:or )?[A-Z][a-z]+)+) \(see § .+\)\.?$/.exec(t)
  if (named?.[1]) return namedCountries(named[1], lookup, citation)
  const sentence =
    /^A license is required for (?:export or reexport of these items|items controlled by (paragraph \.([a-z]) of )?this entry(?:, other than (\d[A-E]\d{3})\.([a-z0-9.]+),)?)(?: for export or reexport)? to ((?:Iraq|Pakistan|North Korea)(?: (?:or|and) (?:Iraq|Pakistan))?)(?:,? (?:or|and) transfer within [A-Za-z ]+?)? for (?:regional stability|anti-terrorism) reasons/.exec(
      t,
    )
  if (sentence?.[5]) {
    const parsed = namedCountries(sentence[5].replace(/ and /, ' or '), lookup, citation)
    if (!parsed) return undefined
    if (sentence[2]) parsed.onlyParagraphs = [[sentence[2]]]
    if (sentence[4]) parsed.exceptParagraphs = [sentence[4].split('.')]
    return parsed
  }
  return undefined
}

function formula(
  body: string,
  lookup: (name: string) => string | undefined,
  citation: string | undefined,
): ParsedDestination | undefined {
  const [include = '', exclude = ''] = body.split(/,?\s*excluding any destination also specified in\s*/i)
  const [namesPart = '', groupsPart = ''] = include.split(
    /\s*(?:or\s+)?(?:a\s+)?destinations? specified in\s*/i,
  )
  const groups = groupsIn(groupsPart)
  const names = namesPart.replace(/^the\s+/i, '').trim()
  const countries: string[] = []
  if (names) {
    for (const n of names.split(/\s*,\s*|\s+or\s+/).filter(Boolean)) {
      const iso = lookup(n.replace(/^the\s+/i, ''))
      if (!iso) return undefined
      countries.push(iso)
    }
  }
  if (groups.length === 0 && countries.length === 0) return undefined
  const rule: DestinationRule = {
    kind: 'formula',
    countries,
    groups,
    excludeGroups: groupsIn(exclude),
    aiDiffusion: false,
  }
  return citation ? { rule, citation } : { rule }
}

function namedCountries(
  list: string,
  lookup: (name: string) => string | undefined,
  citation: string | undefined,
): ParsedDestination | undefined {
  const countries: string[] = []
  for (const n of list.split(/\s*,\s*(?:or\s+)?|\s+or\s+/).filter(Boolean)) {
    const iso = lookup(n)
    if (!iso) return undefined
    countries.push(iso)
  }
  const rule: DestinationRule = {
    kind: 'formula',
    countries,
    groups: [],
    excludeGroups: [],
    aiDiffusion: false,
  }
  return citation ? { rule, citation } : { rule }
}
