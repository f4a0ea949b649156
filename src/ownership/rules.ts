import type { ListCode } from '../model/entity.js'

/**
 * The two "50 %" rules as dated data. A period with `verified: false` is one regs.md marks [verify]: the
 * answer carries its source and says it is unverified. Add a period (or pass an override) when a new notice
 * appears; no code change is needed.
 */
export type RuleState = 'in-force' | 'suspended'

export interface DatedPeriod {
  /** YYYY-MM-DD, inclusive. */
  from: string
  /** YYYY-MM-DD, inclusive; open-ended when absent. */
  to?: string
  state: RuleState
  source: string
  verified: boolean
  note?: string
}

export interface OwnershipRule {
  id: OwnershipRuleId
  name: string
  citation: string
  /** Flag at or above this aggregate share (percent). */
  threshold: number
  /** Owners on these lists count. */
  ownerLists: readonly ListCode[]
  /** SDN owners count only when designated under one of these programs; absent: every SDN counts. */
  sdnPrograms?: readonly string[]
  sdnProgramsVerified?: boolean
  /** What follows for an entity the rule catches. */
  consequence: string
  periods: readonly DatedPeriod[]
}

export type OwnershipRuleId = 'ofac-50' | 'bis-affiliates'

export const OFAC_50: OwnershipRule = {
  id: 'ofac-50',
  name: "OFAC's 50 % rule",
  citation:
    'OFAC Revised Guidance on Entities Owned by Persons Whose Property and Interests in Property Are Blocked (2014-08-13); OFAC FAQs 398-401',
  threshold: 50,
  ownerLists: ['SDN'],
  consequence: 'blocked: its property is blocked as if it were listed; no dealings by U.S. persons',
  periods: [
    {
      // The 2008 guidance counted one owner at a time; aggregation across blocked owners dates from 2014.
      from: '2014-08-13',
      state: 'in-force',
      source:
        'OFAC revised guidance of 2014-08-13 (aggregation across blocked owners; FAQ 401 on indirect ownership)',
      verified: true,
    },
  ],
}

export const BIS_AFFILIATES: OwnershipRule = {
  id: 'bis-affiliates',
  name: 'BIS Affiliates Rule',
  citation: '15 CFR 744.11(a)(1), 744.21(a)(3); 90 FR 47201',
  threshold: 50,
  ownerLists: ['EL', 'MEU', 'SDN'],
  // §744.8(a)(1): persons blocked under EO 13382 (SDN program tag NPWMD). regs.md gives the paragraph only.
  sdnPrograms: ['NPWMD'],
  sdnProgramsVerified: false,
  consequence:
    "the listed owner's licence requirements apply to it (the most restrictive where several listed owners aggregate)",
  periods: [
    {
      from: '2025-09-29',
      to: '2025-11-09',
      state: 'in-force',
      source:
        'Interim final rule, FR Doc 2025-19001, 90 FR 47201 (published 2025-09-30), effective 2025-09-29',
      verified: true,
    },
    {
      from: '2025-11-10',
      to: '2026-11-09',
      state: 'suspended',
      source: 'Final rule, FR Doc 2025-19846, 90 FR 50857 (published 2025-11-12), effective 2025-11-10',
      verified: true,
    },
    {
      from: '2026-11-10',
      state: 'in-force',
      source: '90 FR 50857: the suspended provisions are reimposed on 2026-11-10 unless BIS acts further',
      verified: false,
      note: 'No source found on whether BIS extended the suspension beyond 2026-11-09 (regs.md §3.3, §6 item 1)',
    },
  ],
}

export const OWNERSHIP_RULES: readonly OwnershipRule[] = [OFAC_50, BIS_AFFILIATES]
