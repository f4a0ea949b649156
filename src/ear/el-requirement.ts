/**
 * Reads an Entity List entry's own "License requirement" column (Supp. No. 4 to Part 744; 89 distinct
 * strings in the CSL of 2026-07-31) into what it covers, the foreign-direct-product footnote it carries and
 * whether License Exception GOV is named. Wording we do not recognise is "unknown" and becomes a question.
 */

export type ElScope =
  /** "For all items subject to the EAR" (EAR99 included). */
  | 'all'
  /** "For items on the CCL and (EAR99 items) listed in supplement no. 7 to part 746". */
  | 'ccl-and-supp7'
  /** "For all items subject to the EAR when used in projects specified in § 746.8(a)(4)". */
  | 'projects-746-8-a-4'
  /** "For any item subject to the EAR listed in supplement no. 2 to part 744" (MEU list). */
  | 'supp2-744'
  | 'unknown'

export interface ElRequirement {
  scope: ElScope
  /** Entity List footnote: 1 and 4 (§ 734.9(e)(1), (e)(2)), 3 (§ 734.9(g)), 5 (§ 734.9(e)(3), § 742.6(a)(11)). */
  footnote?: 1 | 3 | 4 | 5
  /** The entry says its licence requirement "may be overcome by License Exception GOV". */
  gov: boolean
  /** "except ..." / "apart from ..." wording that narrows the entry: shown for review, not evaluated. */
  carveOut?: string
}

export function readElRequirement(text: string | undefined): ElRequirement {
  const t = (text ?? '').replace(/\s+/g, ' ').trim()
  const req: ElRequirement = { scope: scopeOf(t), gov: /License Exception GOV/i.test(t) }
  const footnote = footnoteOf(t)
  if (footnote) req.footnote = footnote
  const carve = /\b((?:except for|except|apart from)\b[^.]*(?:\.[^.]*)?)/i.exec(t)?.[1]
  if (carve && req.scope === 'all') req.carveOut = carve
  return req
}

function scopeOf(t: string): ElScope {
  if (/^for any item subject to the EAR listed in supplement no\. 2 to part 744/i.test(t)) return 'supp2-744'
  if (/^for items on the CCL and (?:EAR99 items )?listed in supplement no\. 7 to part 746/i.test(t))
    return 'ccl-and-supp7'
  if (
    /when used in projects specified in §\s*746\.8\(a\)\(4\)|^for all items subject to the EAR\. \(See § 746\.8\(a\)\(4\)/i.test(
      t,
    )
  )
    return 'projects-746-8-a-4'
  if (/^(?:for )?all items subject to the EAR\b/i.test(t)) return 'all'
  return 'unknown'
}

function footnoteOf(t: string): ElRequirement['footnote'] {
  if (/734\.9\(e\)\(3\)|\)\s*5\.?$/.test(t)) return 5
  if (/734\.9\(e\)\(2\)|\)\s*4\.?$/.test(t)) return 4
  if (/734\.9\(g\),?\s*3/.test(t)) return 3
  if (/734\.9\(e\)\s*1\b|734\.9\(e\)\(1\)/.test(t)) return 1
  return undefined
}
