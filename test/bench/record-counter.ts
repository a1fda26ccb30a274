/**
 * Counts a CSV's records as its bytes stream past: line feeds outside double quotes (a quoted
 * cell may hold line breaks; an escaped quote "" toggles twice). Byte by byte is safe in UTF-8:
 * no multi-byte sequence holds a '"' or a line feed byte.
 */
export function recordCounter() {
  let records = 0;
  let quoted = false;
  return {
    add(chunk: Uint8Array) {
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i];
        if (byte === 0x22) quoted = !quoted;
        else if (byte === 0x0a && !quoted) records++;
      }
    },
    get records() {
      return records;
    },
  };
}
