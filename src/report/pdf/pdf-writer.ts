import PDFDocument from 'pdfkit'
import type { FontSet, LoadedFont } from './fonts.js'
import { textRuns } from './text-runs.js'

const MARGIN = 48
const BODY = 9
const GREY = '#555555'

/** A4 pages of headings, key-value blocks and wrapped tables, in any script the fonts cover. */
export class PdfWriter {
  readonly #doc: PDFKit.PDFDocument
  readonly #fonts: FontSet
  readonly #chunks: Buffer[] = []
  #transliterated = false

  constructor(fonts: FontSet, info: { title: string; createdAt: Date }) {
    this.#fonts = fonts
    this.#doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
      bufferPages: true,
      info: { Title: info.title, Creator: 'tradecontrols', CreationDate: info.createdAt },
    })
    for (const f of [...fonts.regular, ...fonts.bold]) this.#register(f)
    this.#doc.on('data', (c: Buffer) => this.#chunks.push(c))
  }

  /** True once some text had to be transliterated for want of a font. */
  get transliterated(): boolean {
    return this.#transliterated
  }

  get #width(): number {
    return this.#doc.page.width - 2 * MARGIN
  }

  heading(text: string, level: 1 | 2 | 3): void {
    const size = level === 1 ? 15 : level === 2 ? 12 : 10
    this.#room(size * 3 + 40) // keep a heading with what follows it
    this.#doc.y += level === 1 ? 0 : size * 0.6
    this.#doc.y = this.#write(text, MARGIN, this.#doc.y, this.#width, { bold: true, size })
    this.#doc.y += 3
  }

  para(text: string, options: { size?: number; grey?: boolean; bold?: boolean } = {}): void {
    this.#room(BODY * 2)
    this.#doc.y = this.#write(text, MARGIN, this.#doc.y, this.#width, options) + 2
  }

  /** Label and value pairs; empty values are left out. */
  keyValues(rows: ReadonlyArray<readonly [string, string | number | null | undefined]>): void {
    const kept = rows.filter(([, v]) => v !== undefined && v !== null && v !== '')
    this.table(
      [],
      [0.26, 0.74],
      kept.map(([k, v]) => [k, String(v)]),
      { boldFirst: true },
    )
  }

  /** A table whose cells wrap; widths are fractions of the text width. Headers repeat after a page break. */
  table(
    headers: readonly string[],
    widths: readonly number[],
    rows: ReadonlyArray<readonly string[]>,
    options: { boldFirst?: boolean } = {},
  ): void {
    const cols = widths.map((w) => w * this.#width)
    const height = (cells: readonly string[]) =>
      Math.max(0, ...cells.map((c, i) => this.#estimate(c, cols[i]! - 4))) + 4
    const draw = (cells: readonly string[], bold: boolean) => {
      const top = this.#doc.y
      let bottom = top
      let x = MARGIN
      cells.forEach((c, i) => {
        const b = bold || (options.boldFirst === true && i === 0)
        bottom = Math.max(bottom, this.#write(c, x, top, cols[i]! - 4, { bold: b }))
        x += cols[i]!
      })
      this.#doc.y = bottom + 2
    }
    if (headers.length) {
      this.#room(height(headers) + height(rows[0] ?? []))
      draw(headers, true)
    }
    for (const row of rows) {
      if (this.#room(height(row)) && headers.length) draw(headers, true)
      draw(row, false)
    }
    this.#doc.y += 4
  }

  /** Writes page numbers and the footer on every page and returns the PDF bytes. */
  finish(footer: string): Promise<Buffer> {
    const range = this.#doc.bufferedPageRange()
    for (let i = 0; i < range.count; i++) {
      this.#doc.switchToPage(range.start + i)
      const bottom = this.#doc.page.margins.bottom
      this.#doc.page.margins.bottom = 0 // lets the footer sit in the margin without a new page
      const y = this.#doc.page.height - MARGIN
      this.#write(`${footer} · page ${i + 1} of ${range.count}`, MARGIN, y, this.#width, {
        size: 7,
        grey: true,
      })
      this.#doc.page.margins.bottom = bottom
    }
    return new Promise((resolve) => {
      this.#doc.on('end', () => resolve(Buffer.concat(this.#chunks)))
      this.#doc.end()
    })
  }

  /** Starts a new page when fewer than `height` points are left; says whether it did. */
  #room(height: number): boolean {
    const limit = this.#doc.page.height - this.#doc.page.margins.bottom
    if (this.#doc.y + height <= limit) return false
    this.#doc.addPage()
    return true
  }

  #estimate(text: string, width: number): number {
    this.#doc.font(this.#fonts.regular[0]!.name).fontSize(BODY)
    // Wide scripts (CJK) run longer than the body font measures; leave them room.
    return this.#doc.heightOfString(text || ' ', { width }) * 1.4
  }

  /** Writes text in runs of the fonts that have its characters; returns the y below it. */
  #write(
    text: string,
    x: number,
    y: number,
    width: number,
    style: { bold?: boolean; size?: number; grey?: boolean },
  ): number {
    if (!text) return y
    const runs = textRuns(text, style.bold ? this.#fonts.bold : this.#fonts.regular)
    this.#doc.fillColor(style.grey ? GREY : 'black').fontSize(style.size ?? BODY)
    runs.forEach((run, i) => {
      if (run.transliterated) this.#transliterated = true
      this.#doc.font(run.font)
      const shown = run.transliterated ? run.text.replace(/(\s*)$/, '†$1') : run.text
      const continued = i < runs.length - 1
      if (i === 0) this.#doc.text(shown, x, y, { width, continued, lineGap: 1 })
      else this.#doc.text(shown, { width, continued, lineGap: 1 })
    })
    return this.#doc.y
  }

  #register(f: LoadedFont): void {
    if (f.data) this.#doc.registerFont(f.name, f.data)
    else if (f.standard) this.#doc.registerFont(f.name, f.standard)
  }
}
