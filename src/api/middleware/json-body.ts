import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { every } from 'hono/combine'
import { TcError } from '../../errors.js'
import type { ApiEnv } from '../types.js'

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i

/** Size limit on any body, whatever its type; 413 beyond it (checked on the stream, not only the header). */
export function sizeLimit(maxBytes: number): MiddlewareHandler<ApiEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new TcError('TC_TOO_LARGE', `body is larger than ${maxBytes} bytes`, { field: 'body' })
    },
  })
}

/**
 * JSON bodies: 415 for another content type, 413 past the limit, 400 naming "body" when it does not parse.
 * The parsed body is cached by hono, so the route's schema validation reads it without parsing twice.
 */
export function jsonBody(maxBytes: number): MiddlewareHandler<ApiEnv> {
  const parse: MiddlewareHandler<ApiEnv> = async (c, next) => {
    if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) {
      throw new TcError('TC_UNSUPPORTED_MEDIA', 'send the body as application/json', {
        field: 'content-type',
      })
    }
    try {
      await c.req.json()
    } catch (e) {
      if (e instanceof TcError) throw e
      throw new TcError('TC_BAD_INPUT', 'body is not valid JSON', { field: 'body' })
    }
    await next()
  }
  return every(sizeLimit(maxBytes), parse)
}
