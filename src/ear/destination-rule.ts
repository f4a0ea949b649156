/**
 * Does a CCL rule's destination half reach this destination? Columns read the Chart row's X; formulas
 * read Country Groups and named places (a named place matches its own code or its Chart row, so Hong Kong
 * is "China"); the AI Diffusion wording is read through its dated rule.
 */

import type { DestinationRule } from './ccl-destination.js'
import type { CclRule } from './ccl-rule.js'
import { type Context, consult } from './context.js'
import { ISO_COUNTRIES } from './country-codes.js'

/** Pre-AI-Diffusion scope of the § 742.6(a)(6)(iii)(A) rows (Oct. 2023 rule, 88 FR 73458). */
const PRE_AI_DIFFUSION: DestinationRule = {
  kind: 'formula',
  countries: ['MO'],
  groups: ['D:1', 'D:4', 'D:5'],
  excludeGroups: ['A:5', 'A:6'],
  aiDiffusion: false,
}

export interface Reach {
  reaches: boolean
  /** e.g. "NS Column 2 (X for China)", "Macau or Country Group D:5". */
  label: string
}

function formulaLabel(r: Extract<DestinationRule, { kind: 'formula' }>, reason: string): string {
  if (reason === 'UN') return 'UN arms-embargoed destinations (§ 746.1(b)(2))'
  const place = (c: string) => ISO_COUNTRIES[c]?.[1] ?? c
  const inc = [...r.countries.map(place), ...r.groups.map((g) => `Country Group ${g}`)].join(' or ')
  return r.excludeGroups.length ? `${inc}, excluding ${r.excludeGroups.join(' and ')}` : inc
}

export function reaches(ctx: Context, rule: CclRule): Reach {
  const d = ctx.dest
  const r = rule.destination
  const named = (codes: readonly string[]) => codes.includes(d.code) || codes.includes(d.rowCode)
  switch (r.kind) {
    case 'column': {
      const x = d.row?.marks.has(r.column) ?? false
      return {
        reaches: x,
        label: `${r.column.replace(' ', ' Column ')} (${x ? 'X' : 'no X'} for ${d.chartRow})`,
      }
    }
    case 'none':
      return { reaches: false, label: `${rule.reason} (no Chart column: "${rule.chart}")` }
    case 'el-footnote-5': {
      const fn5 = ctx.elFootnotes.has(5)
      return {
        reaches: fn5,
        label: `§ 742.6(a)(11) (${fn5 ? 'a party is a' : 'no party is a'} footnote 5 Entity List entity)`,
      }
    }
    case 'worldwide': {
      if (r.aiDiffusion) {
        const rule742 = consult(ctx, 'ai-diffusion')
        if (!rule742.applied) {
          if (/742\.6\(a\)\(13\)/.test(rule.chart))
            return { reaches: false, label: 'AI Diffusion worldwide control of model weights (not applied)' }
          const pre = reaches(ctx, { ...rule, destination: PRE_AI_DIFFUSION })
          return { reaches: pre.reaches, label: `pre-AI-Diffusion scope: ${pre.label}` }
        }
      }
      const excepted = named(r.except)
      const label = r.except.length ? `all destinations except ${r.except.join(', ')}` : 'worldwide control'
      return { reaches: !excepted, label }
    }
    case 'formula': {
      const byGroup = r.groups.some((g) => d.groups.has(g)) && !r.excludeGroups.some((g) => d.groups.has(g))
      return { reaches: named(r.countries) || byGroup, label: formulaLabel(r, rule.reason) }
    }
  }
}
