/** JSON-RPC 2.0 as MCP uses it over stdio: one message per line. */
export type Id = string | number

export interface Request {
  jsonrpc: '2.0'
  id?: Id
  method: string
  params?: unknown
}

export type Response =
  | { jsonrpc: '2.0'; id: Id | null; result: unknown }
  | { jsonrpc: '2.0'; id: Id | null; error: { code: number; message: string; data?: unknown } }

export const PARSE_ERROR = -32700
export const INVALID_REQUEST = -32600
export const METHOD_NOT_FOUND = -32601
export const INVALID_PARAMS = -32602
export const INTERNAL_ERROR = -32603

export class RpcError extends Error {
  readonly code: number

  constructor(code: number, message: string) {
    super(message)
    this.code = code
  }
}

export const result = (id: Id | null, value: unknown): Response => ({ jsonrpc: '2.0', id, result: value })

export const failure = (id: Id | null, code: number, message: string): Response => ({
  jsonrpc: '2.0',
  id,
  error: { code, message },
})

/** Reads one line into a request, or says why it is not one (with the id when it could be read). */
export function parseMessage(line: string): Request | Response {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return failure(null, PARSE_ERROR, 'not valid JSON')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return failure(null, INVALID_REQUEST, 'a message must be a JSON object (batches are not supported)')
  const m = value as Record<string, unknown>
  const id = typeof m.id === 'string' || typeof m.id === 'number' ? m.id : null
  if (m.jsonrpc !== '2.0' || typeof m.method !== 'string')
    return failure(id, INVALID_REQUEST, 'needs "jsonrpc":"2.0" and a string "method"')
  const request: Request = { jsonrpc: '2.0', method: m.method, params: m.params }
  if (id !== null) request.id = id
  return request
}

export const isResponse = (m: Request | Response): m is Response => !('method' in m)
