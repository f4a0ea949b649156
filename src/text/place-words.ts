import { CHINESE_PLACES } from './chinese/places.js'

/**
 * Place names that company names carry and lists often leave out ("Zhejiang Dahua Technology" is listed as
 * "Dahua Technology"): Chinese provinces and cities, and a few other commercial centres.
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(CHINESE_PLACES).flatMap((p) => p.split(' ')),
  ...['shenzhen', 'hongkong', 'dubai', 'sharjah', 'moscow', 'tehran', 'istanbul', 'singapore', 'minsk'],
  ...['jiangsu', 'beijing', 'shanghai', 'guangdong', 'zhejiang', 'kowloon'],
])
