import { describe, expect, it } from 'vitest'
import { decodeUtf8OrWindows1252 } from './decode.js'
import { decodeWindows1252 } from './windows-1252.js'

describe('decodeWindows1252', () => {
  it('maps the 0x80-0x9F range to the Windows-1252 characters, not C1 controls', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x91, 0x92, 0x93, 0x94, 0x96, 0x9a, 0xe9, 0xb4]))).toBe(
      '€‘’“”–šé´',
    )
  })

  it('prefers UTF-8 when the bytes are valid UTF-8', () => {
    expect(decodeUtf8OrWindows1252(new TextEncoder().encode('Müller ‘x’'))).toBe('Müller ‘x’')
    expect(decodeUtf8OrWindows1252(new Uint8Array([0x4d, 0xfc, 0x6c]))).toBe('Mül')
  })
})
