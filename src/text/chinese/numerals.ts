const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }

/** 十三 -> 13, 二十 -> 20, 一百零二 -> 102, 七〇二 -> 702 (digit by digit when there is no unit). */
export function chineseNumber(text: string): number {
  if (![...text].some((c) => c in UNITS)) return Number([...text].map((c) => DIGITS[c] ?? 0).join(''))
  let total = 0
  let digit = 0
  for (const c of text) {
    const unit = UNITS[c]
    if (unit === undefined) digit = DIGITS[c] ?? 0
    else {
      total += (digit || 1) * unit
      digit = 0
    }
  }
  return total + digit
}

const ORDINAL = /第([零〇一二两三四五六七八九十百千]+)/g

/** "第十三研究所" -> " 13 研究所": ordinals of unit names ("13th Research Institute") as numbers. */
export const ordinalsToDigits = (text: string): string =>
  text.replace(ORDINAL, (_, n: string) => ` ${chineseNumber(n)} `)
