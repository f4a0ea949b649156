import { TcError } from '../../errors.js'
import type { SourceFile } from '../common/types.js'

export interface DownloadOptions {
  fetch?: typeof fetch
  /** The whole download, headers and body; default 10 minutes. */
  timeoutMs?: number
  /** Bytes received so far, and the total when the server said. */
  onProgress?: (received: number, total: number | undefined) => void
  /** Refuse bodies larger than this (default 1 GiB). */
  maxBytes?: number
}

const failed = (url: string, why: string, cause?: unknown): TcError =>
  new TcError('TC_DOWNLOAD_FAILED', why, { field: url, ...(cause === undefined ? {} : { cause }) })

/**
 * Downloads one file into memory. Anything short of a complete 200 response is a failure naming the URL:
 * an HTTP error, a connection that drops, or a body shorter than its Content-Length (a truncated transfer).
 */
export async function download(
  url: string,
  name: string,
  options: DownloadOptions = {},
): Promise<SourceFile> {
  const send = options.fetch ?? fetch
  let response: Response
  try {
    response = await send(url, {
      signal: AbortSignal.timeout(options.timeoutMs ?? 600_000),
      redirect: 'follow',
    })
  } catch (e) {
    throw failed(url, `cannot connect: ${reason(e)}`, e)
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined)
    throw failed(url, `HTTP ${response.status} ${response.statusText}`.trim())
  }
  const length = Number(response.headers.get('content-length'))
  const total = Number.isFinite(length) && length > 0 ? length : undefined
  const max = options.maxBytes ?? 2 ** 30
  const chunks: Uint8Array[] = []
  let received = 0
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      chunks.push(chunk)
      received += chunk.length
      if (received > max) throw failed(url, `larger than ${max} bytes`)
      options.onProgress?.(received, total)
    }
  } catch (e) {
    if (e instanceof TcError) throw e
    throw failed(url, `transfer broke off after ${received} bytes: ${reason(e)}`, e)
  }
  if (total !== undefined && received !== total) throw failed(url, `truncated: ${received} of ${total} bytes`)
  if (received === 0) throw failed(url, 'empty response')
  return { name, bytes: Buffer.concat(chunks) }
}

/** The last part of a URL's path, for naming a downloaded file ("consolidated.json"). */
export function fileNameOf(url: string): string {
  const path = new URL(url).pathname
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || 'download'
}

function reason(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } }
  if (err.name === 'TimeoutError') return 'timed out'
  return err.cause?.code ?? err.cause?.message ?? err.message
}
