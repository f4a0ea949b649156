import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { every } from 'hono/combine'
import { TcError } from '../../errors.js'
import type { ApiEnv } from '../types.js'

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i

/**
 * Size limit on any body, whatever its type; 413 beyond it. A declared Content-Length is checked from the
 * header alone (Node's parser never reads past it), which keeps @hono/node-server's fast body path; a chunked
 * body is counted as it streams.
 */
export function sizeLimit(maxBytes: number): MiddlewareHandler<ApiEnv> {
  const tooLarge = (): never => {
    throw new TcError('TC_TOO_LARGE', `body is larger than ${maxBytes} bytes`, { field: 'body' })
  }
  const streamed = bodyLimit({ maxSize: maxBytes, onError: tooLarge })
  return async function limitBody(c, next) {
    const length = c.req.header('content-length')
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (!/^\d+$/.test(length) || Number(length) > maxBytes) tooLarge()
      return next()
    }
    return streamed(c, next)
  }
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
