import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Test helper: the shared list data beside the repository (../shared/data/lists, or $TC_SHARED_LISTS).
 * Undefined when absent, so full-file tests can skip with a message instead of failing.
 */
export function sharedListsDir(): string | undefined {
  const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)))
  const dir = process.env.TC_SHARED_LISTS ?? join(repoRoot, '..', 'shared', 'data', 'lists')
  return existsSync(dir) ? dir : undefined
}

/** Path of a shared list file, or undefined (with a console note naming it) when it is not on this machine. */
export function sharedFile(relative: string): string | undefined {
  const dir = sharedListsDir()
  const path = dir && join(dir, relative)
  if (path && existsSync(path)) return path
  console.warn(`skipping: shared list data ${relative} not found (set TC_SHARED_LISTS)`)
  return undefined
}
