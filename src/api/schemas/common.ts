import { z } from '@hono/zod-openapi'
import { ERROR_CODES, type ErrorCode } from '../../errors.js'

const codes = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]

/** Every 4xx/5xx body: one stable code, a one-line message, and the input field at fault when there is one. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(codes).openapi({ example: 'TC_BAD_INPUT' }),
      message: z.string().openapi({ example: 'must be a two-letter ISO country code' }),
      field: z.string().optional().openapi({ example: 'country' }),
    }),
  })
  .openapi('Error')

const errorResponse = (description: string) => ({
  content: { 'application/json': { schema: ErrorSchema } },
  description,
})

/** The error responses every authenticated route can give. */
export const authErrors = {
  401: errorResponse('Missing, malformed, unknown or revoked API key'),
  403: errorResponse('The key’s role does not allow this'),
  429: errorResponse('Rate limit exceeded; retry after the Retry-After header'),
} as const

export const inputErrors = {
  400: errorResponse('Invalid input; `field` names the problem'),
  413: errorResponse('Body larger than the limit'),
  415: errorResponse('Content type not accepted'),
} as const

export const notReady = { 503: errorResponse('Data not loaded yet (see /ready)') } as const
export const notFound = { 404: errorResponse('No such resource') } as const
export const conflict = { 409: errorResponse('Not possible in the current state') } as const

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
})

export const DataSchema = z
  .object({
    source: z.string().openapi({ example: 'us_csl' }),
    published: z.string().nullable().openapi({ example: '2026-07-31' }),
    retrieved: z.string(),
    ageDays: z.number().int().nullable().openapi({ description: 'Days since publication' }),
    versionId: z.string().optional(),
  })
  .openapi('DataInfo')

/** Paging by id (oldest first): what a page's route says, the query fields, and the next page's cursor. */
export const PAGED_BY_ID =
  'Pass the `nextAfterId` of one page as `afterId` to get the next; it is absent on the last.'
export const PageByIdQuery = {
  afterId: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional().openapi({ description: 'Default 100' }),
}
export const DEFAULT_PAGE = 100
export function nextAfterId(items: readonly { id: string }[], limit: number): { nextAfterId?: string } {
  const last = items.at(-1)
  return items.length === limit && last ? { nextAfterId: last.id } : {}
}
