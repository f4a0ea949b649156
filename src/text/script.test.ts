import { describe, expect, it } from 'vitest'
import { detectScript } from './script.js'

describe('detectScript', () => {
  it.each([
    ['Huawei Technologies Co., Ltd.', 'Latn'],
    ['华为技术有限公司', 'Hani'],
    ['ООО Рога и копыта', 'Cyrl'],
    ['القاعدة', 'Arab'],
    ['Αθήνα', 'Grek'],
    ['12345', 'Latn'],
    ['Huawei 华为', 'Hani'],
  ])('%s -> %s', (text, script) => {
    expect(detectScript(text)).toBe(script)
  })
})
