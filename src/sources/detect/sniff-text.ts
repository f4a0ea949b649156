import { TcError } from '../../errors.js'

/** How much of a file detection looks at: enough for any header, small enough to be instant. */
export const SNIFF_BYTES = 64 * 1024

/**
 * The start of a file as text, for format detection. Refuses what no reader can decode: UTF-16 (by BOM or by
 * the NUL in every other byte) and binary content. Windows-1252 decodes as latin text here,
 * which is all detection needs.
 */
export function sniffText(bytes: Uint8Array, name: string): string {
  const head = bytes.subarray(0, SNIFF_BYTES)
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new TcError('TC_BAD_FILE', 'UTF-16 text is not supported; save the file as UTF-8', { field: name })
  }
  // UTF-16 without a BOM puts a NUL in every other byte of Latin text: count them by position.
  const nuls = [0, 0]
  let control = 0
  head.forEach((b, i) => {
    if (b === 0) nuls[i % 2]!++
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1a)) control++
  })
  const [even, odd] = nuls as [number, number]
  const half = head.length / 2
  if (half >= 4 && Math.max(even, odd) > 0.4 * half && Math.min(even, odd) < 0.05 * half) {
    throw new TcError('TC_BAD_FILE', 'UTF-16 text is not supported; save the file as UTF-8', { field: name })
  }
  if (even + odd > 0 || control > head.length / 100) {
    throw new TcError('TC_BAD_FILE', 'binary content, not a list file', { field: name })
  }
  const text = new TextDecoder('latin1').decode(head)
  return text.charCodeAt(0) === 0xef && text.startsWith('\u00ef\u00bb\u00bf') ? text.slice(3) : text
}
