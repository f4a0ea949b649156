/**
 * Reads one License Requirements row (the "control" cell and the Country Chart cell) into a rule, or says
 * why it cannot: the reason for control and its paragraph scope from the control cell, the destination
 * rule from the Chart cell, with the special shapes the CCL uses (single-cell rows, paired rows, CW).
 */
import { CWC_NON_STATES_PARTIES, type DestinationRule, parseDestination } from './ccl-destination.js'
import type { CclRule, ControlReason } from './ccl-rule.js'
import { REASON_CITATION } from './ccl-rule.js'
import { ENTIRE, parseScope } from './ccl-scope.js'

const CONTROL = /^(NS|NP|MT|RS|CB|CC|FC|AT|UN|EI|SL|SI|CW)\s+appl(?:y|ies)\b(?:\s+to\b)?\s*(.*)$/s
const RUSSIA = /^Russian industry sector sanctions? appl(?:y|ies) to entire entry/i
const CHART_IN_CONTROL = /^(.*?)\s+((?:NS|NP|MT|RS|CB|CC|FC|AT) Column \d\.?)$/

type Lookup = (name: string) => string | undefined

export function parseRow(
  eccn: string,
  index: number,
  control: string,
  chart: string,
  lookup: Lookup,
): CclRule | string {
  let c = control.replace(/\s+/g, ' ').trim()
  let t = chart.replace(/\s+/g, ' ').trim()
  if (c === t) {
    const m = CHART_IN_CONTROL.exec(c)
    if (m?.[1] && m[2]) [c, t] = [m[1], m[2]]
  }
  if (RUSSIA.test(c)) {
    const dest = parseDestination(t, 'RU', lookup)
    if (!dest) return 'destination text not understood'
    return {
      index,
      reason: 'RU',
      scope: ENTIRE,
      destination: dest.rule,
      citation: '15 CFR 746.8',
      control,
      chart,
      source: 'row',
    }
  }
  const m = CONTROL.exec(c)
  if (!m?.[1]) return 'reason for control not recognised'
  const reason = m[1] as ControlReason
  let words = m[2] ?? ''
  if (reason === 'CW' && /CWC non-States Parties/.test(t)) {
    // "CW applies to entire entry. A license is required for CW reasons to CWC non-States Parties ..., except
    // for Israel and Taiwan" (15 CFR 742.18).
    words = words.split(/\.\s/)[0] ?? words
    const destination: DestinationRule = {
      kind: 'formula',
      countries: CWC_NON_STATES_PARTIES,
      groups: [],
      excludeGroups: [],
      aiDiffusion: false,
    }
    return {
      index,
      reason,
      scope: parseScope(words, eccn),
      destination,
      citation: '15 CFR 742.18',
      control,
      chart,
      source: 'row',
    }
  }
  const dest = parseDestination(t, reason, lookup)
  if (!dest) return 'destination text not understood'
  const rule: CclRule = {
    index,
    reason,
    scope: parseScope(words, eccn),
    destination: dest.rule,
    citation: dest.citation ?? REASON_CITATION[reason],
    control,
    chart,
    source: 'row',
  }
  if (dest.exceptParagraphs) rule.exceptParagraphs = dest.exceptParagraphs
  if (dest.onlyParagraphs) rule.onlyParagraphs = dest.onlyParagraphs
  return rule
}

/** Splits "NP applies to entire entry AT applies to entire entry" / "NP Column 1 AT Column 1" pairs. */
export function splitPairs(control: string, chart: string): [string, string][] {
  const cs = control.split(/\s(?=(?:NS|NP|MT|RS|CB|CC|FC|AT|UN) appl)/)
  const ts = chart.split(/\s(?=(?:NS|NP|MT|RS|CB|CC|FC|AT) Column)/)
  return cs.length > 1 && cs.length === ts.length ? cs.map((c, i) => [c, ts[i] ?? '']) : [[control, chart]]
}
