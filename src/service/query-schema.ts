import { z } from 'zod'
import { TcError } from '../errors.js'
import type { ScreenQuery } from '../match/types.js'

/** Longer than any listed name (the longest CSL name is under 400 characters); beyond it is a mistake. */
export const MAX_NAME_LENGTH = 500

const dob = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => isRealDate(s), 'is not a real date')

/** The screening query as it crosses a boundary (CLI flag, batch row, HTTP body). */
export const screenQuerySchema = z
  .strictObject({
    name: z
      .string({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be a string') })
      .transform((s) => s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim())
      .pipe(
        z
          .string()
          .min(1, 'must not be empty')
          .max(MAX_NAME_LENGTH, `is longer than ${MAX_NAME_LENGTH} characters`)
          .refine((s) => /[\p{L}\p{N}]/u.test(s), 'has no letters or digits'),
      ),
    type: z.enum(['person', 'organization', 'vessel', 'aircraft'], {
      error: 'must be person, organization, vessel or aircraft',
    }),
    country: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO country code')
      .transform((s) => s.toUpperCase()),
    dob,
  })
  .partial({ type: true, country: true, dob: true })

/** Validates and normalises a query; throws a TcError naming the first bad field. */
export function parseScreenQuery(input: unknown, fieldPrefix = ''): ScreenQuery {
  const result = screenQuerySchema.safeParse(input)
  if (result.success) return dropUndefined(result.data)
  const issue = result.error.issues[0]
  const path = issue?.path.join('.') || 'query'
  const message =
    issue?.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : issue?.message
  throw new TcError('TC_BAD_INPUT', message ?? 'is invalid', { field: `${fieldPrefix}${path}` })
}

function dropUndefined(q: {
  name: string
  type?: ScreenQuery['type'] | undefined
  country?: string | undefined
  dob?: string | undefined
}): ScreenQuery {
  const out: ScreenQuery = { name: q.name }
  if (q.type !== undefined) out.type = q.type
  if (q.country !== undefined) out.country = q.country
  if (q.dob !== undefined) out.dob = q.dob
  return out
}

function isRealDate(s: string): boolean {
  const [y, m = 1, d = 1] = s.split('-').map(Number)
  if (y === undefined || y < 1850 || y > 2100) return false
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}
