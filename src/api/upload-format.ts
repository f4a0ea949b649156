import { TcError } from '../errors.js'
import type { BatchFormat } from '../service/batch-input.js'

const JSONL_TYPES = [
  'application/x-ndjson',
  'application/jsonl',
  'application/json-lines',
  'application/jsonlines',
]

/** The format of an uploaded file of parties, from its Content-Type (batches, counterparty imports). */
export function uploadFormat(contentType: string | undefined): BatchFormat {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'text/csv') return 'csv'
  if (JSONL_TYPES.includes(type)) return 'jsonl'
  throw new TcError('TC_UNSUPPORTED_MEDIA', 'send text/csv or application/x-ndjson, or give ?format=', {
    field: 'content-type',
  })
}
