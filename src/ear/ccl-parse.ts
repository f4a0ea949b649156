/**
 * Reads the License Requirements table of every CCL entry (Supp. No. 1 to 15 CFR Part 774) into rules:
 * reason for control × paragraph scope × destination rule. Every row it cannot read is reported in
 * `CclReport.unread` (and the determination asks about it) instead of being guessed.
 */

import { CWC_NON_STATES_PARTIES, type DestinationRule, parseDestination } from './ccl-destination.js'
import { ENTIRE, parseScope, type Scope } from './ccl-scope.js'
import type { RawCclEntry, RawCountryChart } from './raw-types.js'

export type ControlReason =
  | 'NS'
  | 'NP'
  | 'MT'
  | 'RS'
  | 'CB'
  | 'CC'
  | 'FC'
  | 'AT'
  | 'UN'
  | 'EI'
  | 'SL'
  | 'SI'
  | 'CW'
  | 'RU'

/** Part 742 / 746 section of each reason for control. */
export const REASON_CITATION: Record<ControlReason, string> = {
  CB: '15 CFR 742.2',
  NP: '15 CFR 742.3',
  NS: '15 CFR 742.4',
  MT: '15 CFR 742.5',
  RS: '15 CFR 742.6',
  CC: '15 CFR 742.7',
  AT: '15 CFR 742.8; 15 CFR 742.9; 15 CFR 742.19',
  SL: '15 CFR 742.13',
  SI: '15 CFR 742.14',
  EI: '15 CFR 742.15',
  FC: '15 CFR 742.17',
  CW: '15 CFR 742.18',
  UN: '15 CFR 746.1(b)',
  RU: '15 CFR 746.8',
}

export interface CclRule {
  /** Row number in the entry's table (-1 for rules synthesised from the entry, see `source`). */
  index: number
  reason: ControlReason
  scope: Scope
  destination: DestinationRule
  citation: string
  control: string
  chart: string
  source: 'row' | '738.3(a)(1)' | 'reason-for-control'
  exceptParagraphs?: string[][]
  onlyParagraphs?: string[][]
}

export interface UnreadRow {
  eccn: string
  index: number
  control: string
  countryChart: string
  problem: string
}

export interface CclEntry {
  eccn: string
  heading: string
  productGroup: string
  kind: 'rules' | 'itar' | 'unread'
  rules: CclRule[]
  unread: UnreadRow[]
  flags: Readonly<Record<string, string>>
  staConditions: string | null
  /** 15 CFR 738.3(a)(1) entries: licence to every destination; no exceptions, or GOV only. */
  allDestinations?: 'no-exceptions' | 'gov-only'
}

const CONTROL = /^(NS|NP|MT|RS|CB|CC|FC|AT|UN|EI|SL|SI|CW)\s+appl(?:y|ies)\b(?:\s+to\b)?\s*(.*)$/s
const RUSSIA = /^Russian industry sector sanctions? appl(?:y|ies) to entire entry/i
const CHART_IN_CONTROL = /^(.*?)\s+((?:NS|NP|MT|RS|CB|CC|FC|AT) Column \d\.?)$/

type Lookup = (name: string) => string | undefined

function parseRow(
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
function splitPairs(control: string, chart: string): [string, string][] {
  const cs = control.split(/\s(?=(?:NS|NP|MT|RS|CB|CC|FC|AT|UN) appl)/)
  const ts = chart.split(/\s(?=(?:NS|NP|MT|RS|CB|CC|FC|AT) Column)/)
  return cs.length > 1 && cs.length === ts.length ? cs.map((c, i) => [c, ts[i] ?? '']) : [[control, chart]]
}

function allDestinationsKind(eccn: string, chart: RawCountryChart): CclEntry['allDestinations'] {
  const first = (s: string) => s.split(/[\s(]/)[0]
  const all = chart.allDestinationsEntries
  if (all.noLicenceExceptions.some((e) => first(e) === eccn)) return 'no-exceptions'
  if (all.govOnly.entries.some((e) => first(e) === eccn)) return 'gov-only'
  return undefined
}

export function parseCclEntry(raw: RawCclEntry, chart: RawCountryChart, lookup: Lookup): CclEntry {
  const entry: CclEntry = {
    eccn: raw.eccn,
    heading: raw.heading,
    productGroup: raw.productGroup,
    kind: 'rules',
    rules: [],
    unread: [],
    flags: raw.licenceExceptionFlags,
    staConditions: raw.staSpecialConditions,
  }
  const all = allDestinationsKind(raw.eccn, chart)
  if (all) entry.allDestinations = all
  raw.countryChart.forEach((row, index) => {
    for (const [control, text] of splitPairs(row.control, row.countryChart)) {
      const rule = parseRow(raw.eccn, index, control, text, lookup)
      if (typeof rule === 'string')
        entry.unread.push({
          eccn: raw.eccn,
          index,
          control: row.control,
          countryChart: row.countryChart,
          problem: rule,
        })
      else entry.rules.push(rule)
    }
  })
  if (raw.countryChart.length > 0) return entry
  const reasons = (raw.reasonForControl ?? '').split(/[,\s]+/).filter(Boolean)
  if (/\((?:These items are|This entry is) “subject to the ITAR/i.test(raw.heading)) entry.kind = 'itar'
  else if (all && reasons[0])
    entry.rules.push(synthetic(raw.eccn, reasons[0] as ControlReason, '738.3(a)(1)'))
  else if (raw.reasonForControl?.trim() === 'AT')
    entry.rules.push(synthetic(raw.eccn, 'AT', 'reason-for-control'))
  else {
    entry.kind = 'unread'
    const problem = 'no License Requirements rows in the data'
    entry.unread.push({
      eccn: raw.eccn,
      index: -1,
      control: raw.reasonForControl ?? '',
      countryChart: '',
      problem,
    })
  }
  return entry
}

/**
 * Rules not read from a row: § 738.3(a)(1) entries need a licence to every destination; an entry whose only
 * reason is AT but whose table the source lost is read as "AT Column 1" (no Chart X anywhere; AT licences
 * bite through Part 746 and §§ 742.8, 742.9, 742.19, which the embargo step applies). Both are counted apart.
 */
function synthetic(eccn: string, reason: ControlReason, source: CclRule['source']): CclRule {
  const destination: DestinationRule =
    source === '738.3(a)(1)'
      ? { kind: 'worldwide', except: [], aiDiffusion: false }
      : { kind: 'column', column: 'AT 1' }
  const citation = source === '738.3(a)(1)' ? '15 CFR 738.3(a)(1)' : REASON_CITATION[reason]
  const chart =
    source === '738.3(a)(1)'
      ? 'All destinations (15 CFR 738.3(a)(1))'
      : 'AT Column 1 (from Reason for Control)'
  return {
    index: -1,
    reason,
    scope: ENTIRE,
    destination,
    citation,
    control: `${reason} applies to entire entry (${eccn})`,
    chart,
    source,
  }
}
