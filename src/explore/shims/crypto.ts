/** `node:crypto` in the page: only the `createHash('sha256')` the scenario loader uses. */
import { sha256Hex } from './sha256.js';

export function createHash(algorithm: string) {
  if (algorithm !== 'sha256') throw new Error(`the page has no ${algorithm} hash`);
  const parts: Uint8Array[] = [];
  const hash = {
    update(content: string | Uint8Array) {
      parts.push(typeof content === 'string' ? new TextEncoder().encode(content) : content);
      return hash;
    },
    digest(encoding: 'hex') {
      if (encoding !== 'hex') throw new Error('the page hashes to hex only');
      const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const part of parts) {
        all.set(part, at);
        at += part.length;
      }
      return sha256Hex(all);
    },
  };
  return hash;
}

/** The seed module's generator of fresh seeds (the page never needs one: it always has a seed). */
export function randomBytes(size: number) {
  const bytes = crypto.getRandomValues(new Uint8Array(size));
  return { toString: (encoding: 'hex') => (encoding === 'hex' ? Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('') : String(bytes)) };
}
