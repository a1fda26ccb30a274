import Encoding from 'encoding-japanese';

export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Shift_JIS' | 'EUC-JP';

export class NotADocumentError extends Error {}

/** Japanese public bodies still publish Shift_JIS (CP932); PDF-to-text tools often write UTF-16. */
export function decodeDocument(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes.length === 0) throw new NotADocumentError('the file is empty');
  const encoding = detectEncoding(bytes);
  const text = new TextDecoder(DECODER_LABEL[encoding], { fatal: false })
    .decode(stripBom(bytes, encoding))
    .replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new NotADocumentError('the file holds only whitespace');
  if (looksBinary(text)) throw new NotADocumentError(`not text: it holds binary data (read as ${encoding})`);
  return { text, encoding };
}

const DECODER_LABEL: Record<TextEncoding, string> = {
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  Shift_JIS: 'shift_jis', // WHATWG's shift_jis is CP932 (Windows-31J), which is what is published
  'EUC-JP': 'euc-jp',
};

function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'UTF-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  if (isValidUtf8(bytes)) return 'UTF-8';
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  const detected = Encoding.detect(bytes);
  if (detected === 'EUCJP') return 'EUC-JP';
  return 'Shift_JIS';
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** BOM-less UTF-16: Japanese text has a zero high byte on every ASCII char (newlines, digits). */
function utf16WithoutBom(bytes: Uint8Array): TextEncoding | null {
  if (bytes.length < 4 || bytes.length % 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = bytes.length / 2;
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.02) return 'UTF-16LE';
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.02) return 'UTF-16BE';
  return null;
}

function stripBom(bytes: Uint8Array, encoding: TextEncoding): Uint8Array {
  if (encoding === 'UTF-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3);
  if ((encoding === 'UTF-16LE' && bytes[0] === 0xff && bytes[1] === 0xfe) || (encoding === 'UTF-16BE' && bytes[0] === 0xfe && bytes[1] === 0xff))
    return bytes.subarray(2);
  return bytes;
}

/** Control characters (NUL and friends) or many U+FFFD replacements mean this is not text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 20000);
  let bad = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c) || c === 0xfffd || c === 0x7f) bad++;
  }
  return bad > Math.max(2, sample.length * 0.01);
}
