import { badInput } from '../errors.js'
import { parseDateFlag, parseNumberFlag } from './parse-number.js'

/** The flags of `tradecontrols invest` as commander hands them over. */
export interface InvestFlags {
  target?: string
  country?: string
  activity: string[]
  trainingOps?: string
  bioSequence?: boolean
  cocOwned?: boolean
  subsidiaryActivity: string[]
  revenueShare?: string
  type?: string
  amount?: string
  lpAssurance?: boolean
  exception: string[]
  closingDate?: string
  cmicListedOn?: string
  investor?: string
  investorStatus?: string
  match: string[]
  asOf?: string
  graph: string[]
  rule: string[]
  threshold?: string
  dataset: string[]
  db?: string
  json?: boolean
  listActivities?: boolean
  record?: boolean
}

/** Flags to the raw investment question (numbers and dates checked here, naming the flag). */
export function rawInput(flags: InvestFlags, today: Date): Record<string, unknown> {
  const num = (v: string | undefined, flag: string, percent = false) =>
    v === undefined ? undefined : parseNumberFlag(v, flag, { percent })
  const date = (v: string | undefined, flag: string) => (v === undefined ? undefined : parseDateFlag(v, flag))
  const raw: Record<string, unknown> = {
    target: flags.target ?? missing('--target'),
    country: flags.country ?? missing('--country'),
    activities: flags.activity.length ? flags.activity : undefined,
    trainingOps: num(flags.trainingOps, '--training-ops'),
    bioSequence: flags.bioSequence,
    cocOwned: flags.cocOwned,
    subsidiaryActivities: flags.subsidiaryActivity.length ? flags.subsidiaryActivity : undefined,
    revenueShare: num(flags.revenueShare, '--revenue-share', true),
    type: flags.type,
    amount: num(flags.amount, '--amount'),
    lpAssurance: flags.lpAssurance,
    exceptions: flags.exception.length ? flags.exception : undefined,
    closingDate: date(flags.closingDate, '--closing-date'),
    cmicListedOn: date(flags.cmicListedOn, '--cmic-listed-on'),
    investor: flags.investor,
    investorStatus: flags.investorStatus,
    matchAnswers: flags.match.length ? Object.fromEntries(flags.match.map(parseMatch)) : undefined,
    asOf: date(flags.asOf, '--as-of') ?? today.toISOString().slice(0, 10),
  }
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined))
}

function parseMatch(value: string): [string, string] {
  const m = /^(.+)=(yes|no)$/.exec(value.trim())
  if (!m) throw badInput('--match', `must be ENTITY_ID=yes or ENTITY_ID=no, not "${value}"`)
  return [m[1]!, m[2]!]
}

function missing(flag: string): never {
  throw badInput(flag, 'is required (see tradecontrols invest --help)')
}
