/** One CSV line (RFC 4180 quoting), safe to open in a spreadsheet. */
export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',')
}

export function csvCell(value: string): string {
  // A leading = + - @ would be run as a formula by spreadsheet programs; prefix it with a quote
  // (a plain negative number is no formula and stays a number).
  const formula = /^[=+\-@\t\r]/.test(value) && !/^-\d+(\.\d+)?$/.test(value)
  const safe = formula ? `'${value}` : value
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
