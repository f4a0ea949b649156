import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { SourceFile } from './types.js'

/** Test helper: a testdata file next to the calling test, as a SourceFile. */
export function testFile(url: URL): SourceFile {
  return { name: basename(url.pathname), bytes: readFileSync(url) }
}
