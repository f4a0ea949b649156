/**
 * One registry of error codes (fastify style). Each code has an HTTP status and a CLI exit code so the
 * library can say "bad input" without knowing which face called it.
 */
export const ERROR_CODES = {
  TC_BAD_INPUT: { status: 400, exit: 2, title: 'Bad input' },
  TC_BAD_FILE: { status: 400, exit: 2, title: 'Unreadable or malformed file' },
  TC_UNKNOWN_FORMAT: { status: 400, exit: 2, title: 'Unknown list format' },
  TC_UNKNOWN_ECCN: { status: 400, exit: 2, title: 'Unknown ECCN' },
  TC_UNKNOWN_COUNTRY: { status: 400, exit: 2, title: 'Unknown country' },
  TC_NOT_FOUND: { status: 404, exit: 2, title: 'Not found' },
  TC_CONFLICT: { status: 409, exit: 2, title: 'Conflict' },
  TC_UNAUTHORIZED: { status: 401, exit: 2, title: 'Missing or invalid API key' },
  TC_FORBIDDEN: { status: 403, exit: 2, title: 'Role not allowed' },
  TC_TOO_LARGE: { status: 413, exit: 2, title: 'Request too large' },
  TC_UNSUPPORTED_MEDIA: { status: 415, exit: 2, title: 'Unsupported content type' },
  TC_RATE_LIMITED: { status: 429, exit: 2, title: 'Too many requests' },
  TC_NOT_READY: { status: 503, exit: 1, title: 'Not ready' },
  TC_DATA_REFUSED: { status: 422, exit: 2, title: 'List version refused' },
  TC_DOWNLOAD_FAILED: { status: 502, exit: 1, title: 'Download failed' },
  TC_STORE: { status: 500, exit: 1, title: 'Store failure' },
  TC_INTERNAL: { status: 500, exit: 1, title: 'Internal error' },
} as const

export type ErrorCode = keyof typeof ERROR_CODES

export interface TcErrorOptions {
  /** The input field, file, line or flag the problem is in, e.g. "name" or "list.csv:12:alt_names". */
  field?: string
  cause?: unknown
}

export class TcError extends Error {
  readonly code: ErrorCode
  readonly field: string | undefined

  constructor(code: ErrorCode, message: string, options: TcErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'TcError'
    this.code = code
    this.field = options.field
  }

  get status(): number {
    return ERROR_CODES[this.code].status
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exit
  }

  /** One line, naming the field first: what CLI users and API clients read. */
  oneLine(): string {
    const where = this.field ? `${this.field}: ` : ''
    return `${where}${this.message}`.replace(/\s*\n\s*/g, ' ')
  }

  toJSON(): { error: { code: ErrorCode; message: string; field?: string } } {
    return {
      error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) },
    }
  }
}

export const badInput = (field: string, message: string): TcError =>
  new TcError('TC_BAD_INPUT', message, { field })

export const isTcError = (e: unknown): e is TcError => e instanceof TcError
