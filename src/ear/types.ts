/**
 * The shapes of an EAR licence determination: what the caller asks, what the engine answers. The JSON shape
 * of `Determination` is the CLI contract of DESIGN.md (`decision`, `reasons`, `licenseExceptions`, `parties`)
 * plus fields that say what the answer rests on (questions, dated rules, data vintage).
 */
import type { Match, ScreenQuery, SearchOptions } from '../match/types.js'
import type { Entity, ListCode } from '../model/entity.js'

/**
 * What the determination needs from the screening engine: the `Engine` of src/service satisfies it, and so
 * does any test double. Kept structural so the core does not depend on the service layer.
 */
export interface PartyScreener {
  screen(query: ScreenQuery, options?: SearchOptions): { matches: Match[] }
  entity(id: string): Entity | undefined
  readonly defaultThreshold: number
  readonly data?: readonly { source: string; published: string | undefined }[]
}

export type Decision = 'NLR' | 'LICENSE_REQUIRED' | 'PROHIBITED' | 'INCOMPLETE'

/**
 * What a reason does to the decision: `prohibited` and `license` decide it; `question` leaves it INCOMPLETE
 * unless something else already requires a licence; `condition` must be met for an NLR shipment (UVL
 * statement); `clear` and `info` explain.
 */
export type ReasonEffect = 'prohibited' | 'license' | 'question' | 'condition' | 'clear' | 'info'

export interface Reason {
  /** Stable, machine-readable, e.g. "PARTY_EL", "CCL_X", "EMBARGO_746_8". */
  code: string
  /** "15 CFR 744.11"; several sections joined by "; ". */
  citation: string
  text: string
  effect: ReasonEffect
  /** The Part 732 step that added it. */
  step: Step
  /** For `question` reasons: the id to answer with `answers[id]` (`--answer ID=yes|no`). */
  questionId?: string
}

export type Step =
  | 'subject'
  | 'destination'
  | 'embargo'
  | 'parties'
  | 'ccl'
  | 'end-use'
  | 'exceptions'
  | 'dated'

export interface Question {
  id: string
  text: string
  citation: string
}

export type Answer = 'yes' | 'no'

export interface PartyOwnerInput {
  name: string
  country?: string
  /** Share of the party this owner holds, 0..100; absent when unknown. */
  percent?: number
}

/** What an ownership graph says about a party: which 50 % rules catch it, with the arithmetic in words. */
export interface PartyOwnershipEvidence {
  /** Rule ids of the ownership graph ("ofac-50", "bis-affiliates") that catch the party on the as-of date. */
  caughtBy: readonly string[]
  /** One line per finding: owners, shares and paths. */
  summary: readonly string[]
}

export interface PartyInput {
  name: string
  /** ISO-2 country of the party (helps the matcher). */
  country?: string
  /** Owners, for the Affiliates Rule (15 CFR 744.11(a)(1) as amended by 90 FR 47201). */
  owners?: readonly PartyOwnerInput[]
  /** Findings of an ownership graph (`--graph`): owned 50 % or more by listed parties. */
  ownership?: PartyOwnershipEvidence
}

export interface DetermineInput {
  /** "EAR99", an ECCN ("3A090") or an ECCN with its paragraph ("3A090.a", "5A992.c"). */
  eccn: string
  /** Destination: ISO-2 code or English name. */
  to: string
  /** Region within the destination: "crimea", "dnr", "lnr" or "none" (Ukraine, 15 CFR 746.6). */
  region?: string
  parties?: readonly PartyInput[]
  /** End-use codes (see end-use-codes.ts). */
  endUses?: readonly string[]
  /** YYYY-MM-DD; the day the answer is for. */
  asOf?: string
  /** Answers to questions of an earlier answer, by question id. */
  answers?: Readonly<Record<string, Answer>>
  /** Force a dated rule on or off regardless of its dates, by rule id. */
  rules?: Readonly<Record<string, 'on' | 'off'>>
  /** Screening threshold (0..1); defaults to the engine's. */
  threshold?: number
  /** Matches at or above this score are applied; between threshold and this they are "possible match, review". */
  strongMatch?: number
}

export interface PartyMatch {
  entityId: string
  list: ListCode
  sourceId: string
  name: string
  matchedName: string
  score: number
  /** "applied" (strong match or confirmed), "review" (possible match), "dismissed" (answered no). */
  status: 'applied' | 'review' | 'dismissed'
  licenseRequirement?: string
  licensePolicy?: string
  federalRegister?: string[]
  programs?: string[]
}

export interface PartyScreening {
  name: string
  country?: string
  /** The party itself, or an owner screened for the Affiliates Rule. */
  role: 'party' | 'owner'
  ownerOf?: string
  percent?: number
  matches: PartyMatch[]
}

export interface LicenseExceptionCandidate {
  symbol: string
  citation: string
  /** What the exporter must confirm before relying on it; never applied automatically. */
  conditions: string[]
}

export interface DatedRuleUse {
  id: string
  title: string
  citation: string
  /** Whether the rule's effect was applied to this answer. */
  applied: boolean
  status: string
  note: string
}

export interface Determination {
  decision: Decision
  reasons: Reason[]
  licenseExceptions: LicenseExceptionCandidate[]
  parties: PartyScreening[]
  questions: Question[]
  item: { eccn: string; paragraph?: string; heading?: string }
  destination: { code: string; name: string; chartRow: string; region?: string; groups: string[] }
  asOf: string
  datedRules: DatedRuleUse[]
  data: { ecfr: string; lists: { source: string; published: string | undefined }[] }
}
