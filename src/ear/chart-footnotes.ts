/**
 * Country Chart footnotes that impose requirements the grid does not show (Supp. No. 1 to Part 738):
 * footnote 10 (Australia, United Kingdom: firearms ECCNs) and footnote 7 (India: RS 2 for 6A003.b.4.b and
 * 9A515.e). Footnotes 2–4 only point to special provisions and are noted; 6, 8 and 9 are Part 746 (embargo step).
 */
import type { CclRule, ControlReason } from './ccl-rule.js'
import { ENTIRE, parseScope, type Scope } from './ccl-scope.js'
import { add, type Context } from './context.js'

/** Footnote 10's entries with their scope, transcribed from its text. */
const FOOTNOTE_10: Record<string, string> = {
  '0A501': 'entire entry except 0A501.y',
  '0A502': 'shotguns with a barrel length less than 18 inches (45.72 cm)',
  '0A504': '0A504.i',
  '0A505': '0A505.a and .x',
  '0A506': 'entire entry',
  '0A507': 'entire entry',
  '0A508': 'semi-automatic shotguns with a barrel length less than 18 inches (45.72 cm)',
  '0A509': 'entire entry',
  '0D501':
    'entire entry except “software” for commodities in ECCN 0A501.y or “equipment” in ECCN 0B501 for 0A501.y',
  '0D505': '“software” for commodities in ECCN 0A505.a and .x and “equipment” in ECCN 0B505.a and .x',
  '0E501': 'entire entry',
  '0E504': 'entire entry',
  '0E505':
    '“technology” for commodities in 0A505.a and .x, equipment for them in 0B505 and software in 0D505',
}

const FOOTNOTE_7: Record<string, string> = { '6A003': '6A003.b.4.b', '9A515': '9A515.e' }

function rule(eccn: string, footnote: number, reason: ControlReason, scope: Scope, country: string): CclRule {
  const citation = `Supp. No. 1 to Part 738, footnote ${footnote}`
  return {
    index: -footnote,
    reason,
    scope,
    destination: { kind: 'formula', countries: [country], groups: [], excludeGroups: [], aiDiffusion: false },
    citation,
    control: `${citation}: ${eccn} ${scope.kind === 'described' ? scope.text : 'as listed'}`,
    chart: citation,
    source: 'row',
  }
}

export function footnoteRules(ctx: Context, eccn: string): CclRule[] {
  const notes = ctx.dest.row?.footnotes ?? []
  const out: CclRule[] = []
  const f10 = FOOTNOTE_10[eccn]
  if (notes.includes(10) && f10)
    out.push(rule(eccn, 10, 'FC', f10 === 'entire entry' ? ENTIRE : parseScope(f10, eccn), ctx.dest.rowCode))
  const f7 = FOOTNOTE_7[eccn]
  if (notes.includes(7) && f7) out.push(rule(eccn, 7, 'RS', parseScope(f7, eccn), ctx.dest.rowCode))
  const pointer =
    notes.find((n) => (n === 2 || n === 4) && eccn === '6A003') ??
    notes.find((n) => n === 3 && eccn === '0A919')
  if (pointer)
    add(ctx, 'ccl', {
      code: 'CCL_FOOTNOTE',
      citation: `Supp. No. 1 to Part 738, footnote ${pointer}`,
      text: ctx.tables.footnotes[String(pointer)] ?? '',
      effect: 'info',
    })
  return out
}
