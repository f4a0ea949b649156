import type { OwnedByResult } from '../ownership/ownership-index.js'
import type { DataInfo } from '../service/engine-types.js'
import type { InvestmentInput } from './input.js'

export type InvestDecision = 'PROHIBITED' | 'NOTIFIABLE' | 'NOT_COVERED' | 'EXCEPTED' | 'INCOMPLETE'

/** A rule or figure the answer rests on, with its source and date; `verified: false` is regs.md's [verify]. */
export interface RuleNote {
  id: string
  text: string
  source: string
  effective?: string
  verified: boolean
}

/** One step of the reasoning, as in `determine`: machine code, legal citation, plain text. */
export interface Reason {
  code: string
  citation: string
  text: string
  /** Set when the step rests on an unverified rule: the note says what to check. */
  verify?: string
}

export interface Question {
  /** Input field the answer goes to ("activities", "type", ...). */
  field: string
  question: string
  options?: string[]
}

export interface Filing {
  what: string
  to: string
  citation: string
  deadline: string
  /** YYYY-MM-DD when the closing date is known. */
  due?: string
  verify?: string
}

export interface ScreeningMatch {
  list: string
  entityId: string
  name: string
  matchedName: string
  score: number
  /** applied: counts; review: asked about (below the strong-match score); dismissed: the user said no. */
  status: 'applied' | 'review' | 'dismissed'
  programs?: string[]
}

export interface CmicSecurities {
  entityId: string
  name: string
  listedOn?: string
  listingSource: string
  purchasesBarredFrom?: string
  divestOnlyUntil?: string
  /** Where the as-of date falls. */
  state: 'before-bar' | 'divest-window' | 'after-divest-window' | 'listing-date-unknown'
  text: string
  verify?: string
}

export interface InvestScreening {
  matches: ScreeningMatch[]
  securities?: CmicSecurities
  ownership?: OwnedByResult
  data: readonly DataInfo[]
}

export interface InvestmentResult {
  decision: InvestDecision
  asOf: string
  /** The question as validated and normalised. */
  input: InvestmentInput
  reasons: Reason[]
  filing?: Filing
  questions: Question[]
  screening: InvestScreening
  /** Every dated or unverified rule the answer used. */
  rules: RuleNote[]
}
