/**
 * The shapes of a parsed CCL entry: its License Requirements rules (reason for control × paragraph scope ×
 * destination rule), the rows that could not be read, and the Part 742/746 section of each reason.
 */
import type { DestinationRule } from './ccl-destination.js'
import type { Scope } from './ccl-scope.js'

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
