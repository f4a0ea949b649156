import { execFileSync } from 'node:child_process'

/**
 * The text of a PDF as poppler's pdftotext reads it (Debian poppler-utils; .ci/run installs it), with the
 * bidi marks it puts around right-to-left words removed. `layout` keeps table rows on one line.
 */
export function pdfText(file: string, options: { layout?: boolean } = {}): string {
  try {
    const text = execFileSync(
      'pdftotext',
      [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'],
      {
        encoding: 'utf8',
      },
    )
    return text.replace(/[\u200e\u200f\u202a-\u202e]/g, '')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('pdftotext is not installed: apt-get install poppler-utils (.ci/run does)')
    throw e
  }
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0)
}
