import { describe, expect, it } from 'vitest'
import { newestDate, parseDate, parsePartialDate } from './dates.js'

describe('parseDate', () => {
  it.each([
    ['1965-03-12', '1965-03-12'],
    ['2026-07-31T13:15:00.015113+00:00', '2026-07-31'],
    ['03/16/2020', '2020-03-16'],
    ['12 Mar 1965', '1965-03-12'],
    ['09 Nov 1962', '1962-11-09'],
    ['Sep 1970', '1970-09'],
    ['1965', '1965'],
  ])('%s -> %s', (raw, iso) => expect(parseDate(raw)).toBe(iso))

  it.each(['0097-06-30', '3017-08-22', '1965-02-30', '13/01/2000', 'unknown', ''])('rejects %s', (raw) =>
    expect(parseDate(raw)).toBeUndefined(),
  )
})

describe('parsePartialDate', () => {
  it('keeps ranges, approximations and unparseable text', () => {
    expect(parsePartialDate('1958 to 1960')).toEqual({ from: '1958', to: '1960', raw: '1958 to 1960' })
    expect(parsePartialDate('circa 1979-1982')).toEqual({ from: '1979', to: '1982', raw: 'circa 1979-1982' })
    expect(parsePartialDate('circa 1967')).toEqual({ date: '1967', raw: 'circa 1967' })
    expect(parsePartialDate('Between 1960 and 1962')).toEqual({
      from: '1960',
      to: '1962',
      raw: 'Between 1960 and 1962',
    })
    expect(parsePartialDate('1960s')).toEqual({ raw: '1960s' })
    expect(parsePartialDate('  ')).toBeUndefined()
  })

  it('finds the newest ISO date', () => {
    expect(newestDate(['2019-06-12', undefined, '2023-11-28', '2020'])).toBe('2023-11-28')
  })
})
