import type { RowIssue } from '../../model/dataset.js'
import { decodeWindows1252 } from './windows-1252.js'

/**
 * Decodes UTF-8, dropping a BOM. Bytes that are not UTF-8 (a file saved as Windows-1252 by mistake) do not
 * stop the read: they become U+FFFD and one issue says so, because the rest of the list is still usable.
 */
export function decodeUtf8(bytes: Uint8Array, file: string, issues: RowIssue[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes)
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length
    issues.push({
      where: `${file}:${line}`,
      message: 'not valid UTF-8 (first bad byte here); undecodable bytes replaced with U+FFFD',
      action: 'repaired',
    })
    return text
  }
}

/**
 * OFAC's legacy files are ASCII in practice but older copies carry Windows-1252 accents: UTF-8 when the
 * bytes are valid UTF-8, else Windows-1252 (which decodes any byte, so nothing is lost).
 */
export function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return decodeWindows1252(bytes)
  }
}
