import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { MAPPED_SEGMENT_BYTES, openSegment } from './journal-segment.js'

const built = existsSync(
  fileURLToPath(new URL('../../../native/journal-map/build/Release/journal_map.node', import.meta.url)),
)
const lines = (n: number, tag: string) =>
  Buffer.from(
    Array.from(
      { length: n },
      (_, i) => `${JSON.stringify({ tag, i, text: 'Шэньчжэнь 深圳 x'.repeat(i % 7) })}\n`,
    ).join(''),
  )
const dir = () => mkdtempSync(join(tmpdir(), 'tc-seg-'))

afterEach(() => {
  delete process.env.TC_JOURNAL
})

describe.runIf(process.platform === 'linux' && built)('a mapped journal segment', () => {
  it('appends through the mapping and keeps exactly the bytes appended once closed', () => {
    const path = join(dir(), 'seg.jsonl')
    const segment = openSegment(path, 0)
    expect(segment.kind).toBe('mapped')
    expect(segment.room).toBe(MAPPED_SEGMENT_BYTES)
    const bytes = lines(50, 'a')
    segment.append(bytes, 0, bytes.length)
    expect(segment.room).toBe(MAPPED_SEGMENT_BYTES - bytes.length)
    // Before it is closed the file holds the lines, then the zero bytes reserved.
    const live = readFileSync(path)
    expect(live.length).toBe(MAPPED_SEGMENT_BYTES)
    expect(live.subarray(0, live.indexOf(0)).equals(bytes)).toBe(true)
    segment.close()
    expect(readFileSync(path).equals(bytes)).toBe(true)
  })

  it('reserves room for a line larger than a segment, and refuses bytes that do not fit', () => {
    const segment = openSegment(join(dir(), 'big.jsonl'), MAPPED_SEGMENT_BYTES + 10)
    expect(segment.room).toBe(MAPPED_SEGMENT_BYTES + 10)
    const bytes = Buffer.alloc(MAPPED_SEGMENT_BYTES + 11, 0x61)
    expect(() => segment.append(bytes, 0, bytes.length)).toThrow('is full')
    segment.close()
  })

  it('keeps every line appended when the process is killed (SIGKILL) right after', () => {
    const path = join(dir(), 'killed.jsonl')
    // The built module (npm test builds first): the child gets no TypeScript loader.
    const module = new URL('../../../dist/store/sqlite/journal-segment.js', import.meta.url).href
    const child = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { openSegment } = await import(${JSON.stringify(module)})
         const segment = openSegment(${JSON.stringify(path)}, 0)
         for (let i = 0; i < 2000; i++) {
           const line = Buffer.from(JSON.stringify({ i }) + '\\n')
           segment.append(line, 0, line.length)
         }
         process.kill(process.pid, 'SIGKILL')`,
      ],
      { encoding: 'utf8' },
    )
    expect(child.signal).toBe('SIGKILL')
    const bytes = readFileSync(path)
    const text = bytes.toString('utf8', 0, bytes.indexOf(0))
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).i),
    ).toEqual(Array.from({ length: 2000 }, (_, i) => i))
  })
})

describe('a written journal segment', () => {
  it('is what TC_JOURNAL=write asks for, and where the mapping was not built', () => {
    process.env.TC_JOURNAL = 'write'
    const path = join(dir(), 'seg.jsonl')
    const segment = openSegment(path, 0)
    expect(segment.kind).toBe('write')
    expect(segment.room).toBe(Number.POSITIVE_INFINITY)
    const bytes = lines(20, 'w')
    segment.append(bytes, 0, 10)
    segment.append(bytes, 10, bytes.length)
    segment.close()
    expect(readFileSync(path).equals(bytes)).toBe(true)
    expect(statSync(path).size).toBe(bytes.length)
  })
})
