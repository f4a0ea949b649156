import { ownershipForEngine } from '../ownership/engine-ownership.js'
import type { OwnershipFile } from '../ownership/ownership-file.js'
import type { OwnershipIndex } from '../ownership/ownership-index.js'
import type { RuleOverrides } from '../ownership/rule-status.js'
import type { Engine } from '../service/engine-types.js'
import { readOwnershipFile } from '../sources/ownership/read-ownership-file.js'

export interface OwnershipOptions {
  graphs: readonly string[]
  overrides?: RuleOverrides
  screenNames?: boolean
  linkThreshold?: number
}

/** Reads the --graph files (the I/O) and builds the index with the engine's relations; skipped rows go to `warn`. */
export async function loadOwnership(
  engine: Engine,
  options: OwnershipOptions,
  warn: (line: string) => void,
): Promise<OwnershipIndex | undefined> {
  const files: OwnershipFile[] = []
  for (const path of options.graphs) {
    const file = await readOwnershipFile(path)
    if (file.issues.length)
      warn(
        `${path}: ${file.issues.length} rows skipped, first: ${file.issues[0]!.where}: ${file.issues[0]!.message}`,
      )
    files.push(file)
  }
  const { overrides, screenNames, linkThreshold } = options
  return ownershipForEngine(engine, {
    files,
    ...(overrides ? { overrides } : {}),
    ...(screenNames === undefined ? {} : { screenNames }),
    ...(linkThreshold === undefined ? {} : { linkThreshold }),
  })
}
