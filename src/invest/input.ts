import { z } from 'zod'
import { TcError } from '../errors.js'
import { ACTIVITY_CODES } from './activities.js'

export const TRANSACTION_TYPES = [
  'equity',
  'convertible',
  'greenfield',
  'jv',
  'lp',
  'public-security',
  'debt',
] as const
export type TransactionType = (typeof TRANSACTION_TYPES)[number]

export const INVESTOR_STATUSES = ['us-person', 'controlled-foreign-entity', 'foreign'] as const
export type InvestorStatus = (typeof INVESTOR_STATUSES)[number]

/** §850.501 exceptions and the §850.502 exemption that rest on facts only the user knows. */
export const EXCEPTION_CODES = [
  'buyout',
  'intracompany',
  'binding-commitment',
  'syndicated-debt',
  'employee-compensation',
  'third-country',
  'national-interest',
] as const
export type ExceptionCode = (typeof EXCEPTION_CODES)[number]

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(s).toISOString().startsWith(s), {
    message: 'is not a real date',
  })
const codes = z
  .array(z.string().trim().toLowerCase())
  .refine((xs) => xs.every((x) => ACTIVITY_CODES.includes(x)), {
    message: `has an unknown activity; use ${ACTIVITY_CODES.join(', ')}`,
  })
const nonNegative = z.number({ error: 'must be a number' }).finite().min(0, 'must not be negative')

/** An outbound-investment question as it crosses a boundary (CLI flags, HTTP body). */
export const investmentInputSchema = z.strictObject({
  target: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'must not be empty')
    .max(500, 'is longer than 500 characters'),
  country: z
    .string({ error: 'is required' })
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO country code')
    .transform((s) => s.toUpperCase()),
  activities: codes
    .refine((xs) => !xs.includes('none') || xs.length === 1, {
      message: '"none" cannot be combined with other activities',
    })
    .optional(),
  trainingOps: nonNegative.optional(),
  bioSequence: z.boolean().optional(),
  cocOwned: z.boolean().optional(),
  subsidiaryActivities: codes.optional(),
  revenueShare: nonNegative.max(100, 'must be a percentage from 0 to 100').optional(),
  type: z.enum(TRANSACTION_TYPES, { error: `must be one of ${TRANSACTION_TYPES.join(', ')}` }).optional(),
  amount: nonNegative.optional(),
  lpAssurance: z.boolean().optional(),
  exceptions: z
    .array(z.enum(EXCEPTION_CODES, { error: `must be one of ${EXCEPTION_CODES.join(', ')}` }))
    .optional(),
  closingDate: date.optional(),
  cmicListedOn: date.optional(),
  investor: z.string().trim().min(1).max(500).optional(),
  /** Answers to "possible match" questions: entity id -> yes (it is the listed party) or no. */
  matchAnswers: z.record(z.string(), z.enum(['yes', 'no'], { error: 'must be yes or no' })).optional(),
  investorStatus: z
    .enum(INVESTOR_STATUSES, { error: `must be one of ${INVESTOR_STATUSES.join(', ')}` })
    .optional(),
  asOf: date,
})

export type InvestmentInput = z.output<typeof investmentInputSchema>

/** Validates an investment question; throws TC_BAD_INPUT naming the first bad field (as `fieldName` spells it). */
export function parseInvestmentInput(
  raw: unknown,
  fieldName: (field: string) => string = (f) => f,
): InvestmentInput {
  const result = investmentInputSchema.safeParse(raw)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const field = String(issue?.path[0] ?? 'input')
  const message =
    issue?.code === 'unrecognized_keys'
      ? `unknown field ${issue.keys.join(', ')}`
      : (issue?.message ?? 'is invalid')
  throw new TcError('TC_BAD_INPUT', message, { field: fieldName(field) })
}
