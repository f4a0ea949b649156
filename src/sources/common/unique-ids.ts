/**
 * Hands out source ids unique within one dataset. Lists repeat ids (CSL CAP rows) and derived ids can
 * collide (two rows whose names fold to the same letters); repeats are numbered "-2", "-3" in file order,
 * which keeps ids stable as long as the file keeps its order.
 */
export class UniqueIds {
  private readonly used = new Set<string>()

  take(list: string, base: string): string {
    let value = base
    for (let n = 2; this.used.has(`${list}:${value}`); n++) value = `${base}-${n}`
    this.used.add(`${list}:${value}`)
    return value
  }
}
