/** One JSON answer as the API sent it: its bytes, their gzip twin when worth one, and its ETag. */
export interface KeptAnswer {
  body: Buffer;
  gzip?: Buffer;
  etag: string;
  headers: [string, string][];
  keptAt: number;
}

export interface AnswerCacheOptions {
  /** bytes of answers kept at most (bodies and their gzip twins), least recently used first out */
  maxBytes: number;
  /** an answer older than this is asked of the database again (outliers judge renewal by today's date) */
  maxAgeMs: number;
  now?: () => number;
}

/**
 * The API's JSON answers by URL for one version of the database, bounded in bytes. A new
 * version empties it: nothing kept can outlive the data it was computed from.
 */
export class AnswerCache {
  #answers = new Map<string, KeptAnswer>();
  #bytes = 0;
  #version: number | undefined;
  readonly #options: Required<AnswerCacheOptions>;

  constructor(options: AnswerCacheOptions) {
    this.#options = { now: Date.now, ...options };
  }

  get bytes() {
    return this.#bytes;
  }

  get size() {
    return this.#answers.size;
  }

  /** Empties the cache when the database is no longer the version its answers were computed from. */
  useVersion(version: number) {
    if (version === this.#version) return;
    this.#answers.clear();
    this.#bytes = 0;
    this.#version = version;
  }

  get(key: string): KeptAnswer | undefined {
    const answer = this.#answers.get(key);
    if (!answer) return undefined;
    this.#answers.delete(key);
    if (this.#options.now() - answer.keptAt > this.#options.maxAgeMs) {
      this.#bytes -= sizeOf(answer);
      return undefined;
    }
    this.#answers.set(key, answer); // most recently used last
    return answer;
  }

  /** Keeps an answer computed while the database was at `version` (dropped if it has moved on since). */
  set(key: string, version: number, answer: Omit<KeptAnswer, 'keptAt'>) {
    if (version !== this.#version || answer.body.length > this.#options.maxBytes / 4) return;
    const old = this.#answers.get(key);
    if (old) {
      this.#answers.delete(key);
      this.#bytes -= sizeOf(old);
    }
    const kept = { ...answer, keptAt: this.#options.now() };
    this.#answers.set(key, kept);
    this.#bytes += sizeOf(kept);
    this.#evict();
  }

  #evict() {
    for (const [key, answer] of this.#answers) {
      if (this.#bytes <= this.#options.maxBytes) return;
      this.#answers.delete(key);
      this.#bytes -= sizeOf(answer);
    }
  }
}

function sizeOf(answer: KeptAnswer) {
  return answer.body.length + (answer.gzip?.length ?? 0);
}
