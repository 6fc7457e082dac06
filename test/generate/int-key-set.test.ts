import { describe, expect, it } from 'vitest';
import { IntKeySet } from '../../src/generate/city/int-key-set';

describe('IntKeySet', () => {
  it('holds exactly the keys added, through growth, as a Set does', () => {
    const keys = new IntKeySet();
    const reference = new Set<number>();
    let x = 12345;
    for (let i = 0; i < 200_000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) & 0x3fffffff;
      const key = i % 7 === 0 ? 0 : x % 150_000; // repeats, and key 0
      keys.add(key);
      reference.add(key);
    }
    expect(keys.size).toBe(reference.size);
    for (let k = 0; k < 160_000; k++) expect(keys.has(k)).toBe(reference.has(k));
    expect(keys.has(0x3fffffff)).toBe(false);
  });
});
