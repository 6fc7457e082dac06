/**
 * A set of non-negative 31-bit integer keys in one typed array (open addressing, linear
 * probing): 4 bytes a slot at most half full, where a JavaScript Set of millions of numbers
 * costs over 100 bytes a key. The generator keeps one key per person in it (person-factory.ts).
 */
export class IntKeySet {
  private slots = new Uint32Array(1 << 16);
  private count = 0;

  get size(): number {
    return this.count;
  }

  has(key: number): boolean {
    return this.slots[this.find(key)] !== 0;
  }

  add(key: number): void {
    const at = this.find(key);
    if (this.slots[at] !== 0) return;
    this.slots[at] = key + 1; // 0 marks an empty slot
    this.count++;
    if (this.count * 2 > this.slots.length) this.grow();
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private find(key: number): number {
    const mask = this.slots.length - 1;
    let at = Math.imul(key, 0x9e3779b1) & mask;
    while (this.slots[at] !== 0 && this.slots[at] !== key + 1) at = (at + 1) & mask;
    return at;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (const stored of old) if (stored !== 0) this.slots[this.find(stored - 1)] = stored;
  }
}
