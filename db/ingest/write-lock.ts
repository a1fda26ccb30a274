import type { WriteOneAtATime } from './ingest-document';

/**
 * One document's write at a time across the ingest's threads, so that each transaction runs
 * after the one before (SQLite takes one writer anyway; a thread left to SQLite's busy handler
 * sleeps in steps while the other writes, and its core idles). The lock is a word of shared
 * memory holding the id of the thread that writes (0: nobody); a thread that finds it held
 * sleeps until the writer wakes it.
 */
export class WriteLock {
  private readonly word: Int32Array;

  constructor(readonly memory: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.word = new Int32Array(memory);
  }

  /** Runs `write` holding the lock as thread `owner` (any id but 0, unique per thread). */
  oneAtATime(owner: number): WriteOneAtATime {
    return async (write) => {
      for (let held = Atomics.compareExchange(this.word, 0, 0, owner); held !== 0; held = Atomics.compareExchange(this.word, 0, 0, owner))
        // the timeout only guards against a wake-up lost to a thread that died holding the lock
        Atomics.wait(this.word, 0, held, 1000);
      try {
        return await write();
      } finally {
        this.release(owner);
      }
    };
  }

  /** Frees the lock if `owner` holds it: after its write, or when its thread died writing. */
  release(owner: number) {
    if (Atomics.compareExchange(this.word, 0, owner, 0) === owner) Atomics.notify(this.word, 0, 1);
  }
}
