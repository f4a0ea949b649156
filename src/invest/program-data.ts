import type { RuleNote } from './types.js'

/**
 * Dated facts of the outbound-investment program and of the neighbouring sanctions, as data: change a figure
 * here (or pass replacements in the deps) when a rule changes. `verified: false` marks regs.md's [verify]
 * items and facts taken from outside regs.md; every answer that rests on one says so.
 */
export interface InvestRules {
  program: RuleNote & { effective: string; citation: string }
  countriesOfConcern: RuleNote & { codes: readonly string[] }
  lpThreshold: RuleNote & { usd: number; citation: string }
  notification: RuleNote & { days: number; citation: string; contents: string }
  revenueShare: RuleNote & { percent: number; minimumUsd: number; citation: string }
  aiCompute: RuleNote & { prohibited: number; prohibitedBio: number; notifiable: number }
  listedPersons: RuleNote & { lists: readonly string[]; citation: string }
  coins: RuleNote & { signed: string; countries: readonly string[]; regulationsDue: string }
  countrySanctions: readonly (RuleNote & { country: string; from: string; to?: string; citation: string })[]
}

const FINAL_RULE = 'Final rule FR Doc 2024-25422, 89 FR 90398 (2024-11-15)'

export const INVEST_RULES: InvestRules = {
  program: {
    id: 'oisp',
    text: 'Outbound Investment Security Program (31 CFR part 850) in force',
    citation: '31 CFR part 850',
    source: `${FINAL_RULE}; EO 14105 (88 FR 54867)`,
    effective: '2025-01-02',
    verified: true,
  },
  countriesOfConcern: {
    id: 'country-of-concern',
    text: "country of concern: the People's Republic of China, including Hong Kong and Macau",
    codes: ['CN', 'HK', 'MO'],
    source: 'Annex to EO 14105 (88 FR 54867)',
    effective: '2025-01-02',
    verified: true,
  },
  lpThreshold: {
    id: 'lp-threshold',
    text: 'LP investments of $2,000,000 or less (aggregate) are excepted',
    usd: 2_000_000,
    citation: '31 CFR 850.501(a)(1)(iii)',
    source: 'regs.md §4.3 from final-rule summaries; section and figure not checked against the CFR text',
    effective: '2025-01-02',
    verified: false,
  },
  notification: {
    id: 'notification',
    text: 'notify Treasury within 30 calendar days after completing a notifiable transaction',
    days: 30,
    citation: '31 CFR 850.401',
    contents: '31 CFR 850.405',
    source: 'regs.md §4.3; the 30-day period is verified, the section number of the duty is not',
    effective: '2025-01-02',
    verified: false,
  },
  revenueShare: {
    id: 'revenue-share',
    text: 'a holder deriving more than 50 % of revenue, net income, capex or opex from covered persons (each at least $50,000) is itself covered',
    percent: 50,
    minimumUsd: 50_000,
    citation: '31 CFR 850.209(a)(2)',
    source: 'research copy of the CFR text (regs.md §4.2)',
    effective: '2025-01-02',
    verified: true,
  },
  aiCompute: {
    id: 'ai-compute',
    text: 'AI training compute: more than 10^25 (10^24 biological) operations prohibited, more than 10^23 notifiable',
    prohibited: 1e25,
    prohibitedBio: 1e24,
    notifiable: 1e23,
    source: '§850.217(d)(3) text verified (10^23); §850.224(k) figures from regs.md [verify]',
    effective: '2025-01-02',
    verified: false,
  },
  listedPersons: {
    id: 'listed-covered-person',
    text: 'a covered foreign person on the SDN, NS-CMIC, Entity or MEU list makes any covered transaction prohibited',
    lists: ['SDN', 'CMIC', 'EL', 'MEU'],
    citation: '31 CFR 850.224(l)',
    source: 'regs.md §4.3 ("[verify list]")',
    effective: '2025-01-02',
    verified: false,
  },
  coins: {
    id: 'coins-act',
    text: 'COINS Act (FY2026 NDAA) adds Cuba, Iran, North Korea, Russia and Venezuela and hypersonics/HPC; part 850 stays operative until its regulations',
    signed: '2025-12-18',
    countries: ['CU', 'IR', 'KP', 'RU', 'VE'],
    regulationsDue: '2027-03',
    source: 'regs.md §4.4 (law-firm summaries); status of implementing regulations not verified',
    effective: '2025-12-18',
    verified: false,
  },
  countrySanctions: [
    {
      id: 'iran-investment',
      country: 'IR',
      from: '1995-05-07',
      citation: '31 CFR 560.207',
      text: 'new investment in Iran by a U.S. person is prohibited (Iranian Transactions and Sanctions Regulations)',
      source: 'EO 12959; not from regs.md',
      verified: false,
    },
    {
      id: 'cuba-embargo',
      country: 'CU',
      from: '1963-07-08',
      citation: '31 CFR 515.201',
      text: 'dealings in property in which Cuba or a Cuban national has an interest are prohibited (Cuban Assets Control Regulations)',
      source: 'not from regs.md',
      verified: false,
    },
    {
      id: 'dprk-investment',
      country: 'KP',
      from: '2016-03-16',
      citation: 'EO 13722 §2(b); 31 CFR part 510',
      text: 'new investment in North Korea by a U.S. person is prohibited',
      source: 'not from regs.md',
      verified: false,
    },
    {
      id: 'syria-investment',
      country: 'SY',
      from: '2011-08-18',
      to: '2025-06-30',
      citation: 'EO 13582 §2(a); 31 CFR part 542',
      text: 'new investment in Syria by a U.S. person is prohibited',
      source: 'ended by EO 14312 (effective 2025-07-01); not from regs.md',
      verified: false,
    },
    {
      id: 'russia-investment',
      country: 'RU',
      from: '2022-04-06',
      citation: 'EO 14071 §1(a)(i); 31 CFR part 587',
      text: 'new investment in the Russian Federation by a U.S. person is prohibited',
      source: 'not from regs.md',
      verified: false,
    },
  ],
}

/** How an unverified rule is flagged in reasons and text. */
export const verifyNote = (rule: RuleNote): string | undefined =>
  rule.verified ? undefined : `[verify] ${rule.source}`
