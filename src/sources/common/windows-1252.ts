// Node's TextDecoder('windows-1252') decodes as ISO-8859-1 (bytes 0x80-0x9F become C1 controls), so the 27
// printable Windows-1252 characters of that range are mapped here. Undefined bytes (0x81, 0x8D, 0x8F, 0x90,
// 0x9D) stay as their C1 code points, as in the WHATWG decoder.
const HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/** Decodes Windows-1252 bytes (any byte decodes, so nothing is lost). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin = new TextDecoder('latin1').decode(bytes)
  return latin.replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80] ?? c)
}
