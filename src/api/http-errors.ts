import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ZodError } from 'zod'
import { type ErrorCode, isTcError, TcError } from '../errors.js'
import type { ApiEnv } from './types.js'

/** Everything thrown in a request becomes a TcError here; the one place HTTP errors are shaped. */
export function toTcError(e: unknown): TcError {
  if (isTcError(e)) return e
  if (e instanceof HTTPException) return new TcError(codeForStatus(e.status), e.message || 'bad request')
  if (e instanceof SyntaxError)
    return new TcError('TC_BAD_INPUT', 'body is not valid JSON', { field: 'body' })
  return new TcError('TC_INTERNAL', 'internal error', { cause: e })
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'TC_UNAUTHORIZED'
  if (status === 403) return 'TC_FORBIDDEN'
  if (status === 404) return 'TC_NOT_FOUND'
  if (status === 413) return 'TC_TOO_LARGE'
  if (status === 415) return 'TC_UNSUPPORTED_MEDIA'
  if (status === 429) return 'TC_RATE_LIMITED'
  if (status >= 500) return 'TC_INTERNAL'
  return 'TC_BAD_INPUT'
}

export function errorResponse(c: Context<ApiEnv>, error: TcError): Response {
  if (error.code === 'TC_UNAUTHORIZED') c.header('WWW-Authenticate', 'Bearer realm="tradecontrols"')
  return c.json(error.toJSON(), error.status as ContentfulStatusCode)
}

/** The first zod issue as a TcError naming its field ("lists.0", "threshold"); unknown keys are named too. */
export function zodToTcError(error: ZodError, target: string): TcError {
  const issue = error.issues[0]
  const path = issue?.path.map(String).join('.')
  const field = path || (target === 'json' ? 'body' : target)
  if (issue?.code === 'unrecognized_keys') {
    return new TcError('TC_BAD_INPUT', `unknown field ${issue.keys.join(', ')}`, {
      field: issue.keys[0] ?? field,
    })
  }
  if (issue?.code === 'invalid_type') {
    // zod does not keep the input in issues; its message says "received undefined" for a missing field.
    const missing = /received undefined/.test(issue.message)
    return new TcError('TC_BAD_INPUT', missing ? 'is required' : `must be ${article(issue.expected)}`, {
      field,
    })
  }
  return new TcError('TC_BAD_INPUT', issue?.message ?? 'is invalid', { field })
}

const article = (type: string): string => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`)
