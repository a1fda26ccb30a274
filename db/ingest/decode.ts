import { isUtf8 } from 'node:buffer';
import Encoding from 'encoding-japanese';

export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Shift_JIS' | 'EUC-JP';

export class NotADocumentError extends Error {}

/** What decoding took out of the text, for the extraction report. */
export interface Removed {
  /** NUL and other control characters (tab, line breaks and form feed kept) */
  controlCharacters: number;
  /** the file ends inside a multi-byte character (a cut-off download): that character is dropped */
  truncatedEnding: boolean;
}

/**
 * Japanese public bodies still publish Shift_JIS (CP932); PDF-to-text tools often write UTF-16.
 * A file that is text but carries a few control characters (NUL …) or ends mid-character keeps
 * its text, the stray bytes removed and reported; one that is mostly not text is refused.
 */
export function decodeDocument(bytes: Uint8Array): { text: string; encoding: TextEncoding; removed: Removed } {
  if (bytes.length === 0) throw new NotADocumentError('the file is empty');
  const { encoding, usable, text: checked } = detectEncoding(bytes);
  const decoded = (checked ?? new TextDecoder(DECODER_LABEL[encoding], { fatal: false }).decode(stripBom(usable, encoding))).replace(/\r\n?/g, '\n');
  if (decoded.trim() === '') throw new NotADocumentError('the file holds only whitespace');
  if (looksBinary(decoded)) throw new NotADocumentError(`not text: it holds binary data (read as ${encoding})`);
  const text = decoded.replace(CONTROL, '');
  return { text, encoding, removed: { controlCharacters: decoded.length - text.length, truncatedEnding: usable.length < bytes.length } };
}

/** Control characters but tab, line feed and form feed (a page break some tools write). */
const CONTROL = /[\u0000-\u0008\u000b\u000d-\u001f\u007f]/g;

const DECODER_LABEL: Record<TextEncoding, string> = {
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  Shift_JIS: 'shift_jis', // WHATWG's shift_jis is CP932 (Windows-31J), which is what is published
  'EUC-JP': 'euc-jp',
};

/**
 * The encoding, and the bytes to decode (a UTF-8 file cut mid-character loses that character);
 * for UTF-8 without a BOM also their text, decoded once to check them.
 */
function detectEncoding(bytes: Uint8Array): { encoding: TextEncoding; usable: Uint8Array; text?: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'UTF-8', usable: utf8Prefix(bytes)?.usable ?? bytes };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'UTF-16LE', usable: bytes };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'UTF-16BE', usable: bytes };
  // before UTF-8: ASCII-heavy UTF-16 is valid UTF-8 too (its zero bytes are NULs there)
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, usable: bytes };
  const utf8 = utf8Prefix(bytes);
  if (utf8) return { encoding: 'UTF-8', ...utf8 };
  const detected = Encoding.detect(bytes);
  return { encoding: detected === 'EUCJP' ? 'EUC-JP' : 'Shift_JIS', usable: bytes };
}

/** The bytes' text when they are valid UTF-8 (a leading BOM dropped, as the decoder does), else null. */
function utf8Text(bytes: Uint8Array): string | null {
  // validating first (at memory speed) and then decoding leniently is the fatal decoder's
  // answer, a third cheaper than the fatal decoder itself
  return isUtf8(bytes) ? UTF8.decode(bytes) : null;
}

const UTF8 = new TextDecoder('utf-8');

/**
 * The bytes as valid UTF-8: all of them, or all but an incomplete last character — a lead byte
 * with fewer continuation bytes than it announces, as a file cut short ends. Null when not UTF-8.
 */
function utf8Prefix(bytes: Uint8Array): { usable: Uint8Array; text: string } | null {
  const text = utf8Text(bytes);
  if (text !== null) return { usable: bytes, text };
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const lead = bytes[bytes.length - cut]!;
    const needs = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 && lead < 0xe0 ? 2 : 0;
    if (needs === 0) continue; // a continuation byte: the lead is further back
    const tail = bytes.subarray(bytes.length - cut + 1);
    if (cut < needs && tail.every((b) => b >= 0x80 && b <= 0xbf)) {
      const head = bytes.subarray(0, bytes.length - cut);
      const headText = utf8Text(head);
      return headText === null ? null : { usable: head, text: headText };
    }
    return null;
  }
  return null;
}

/** BOM-less UTF-16: Japanese text has a zero high byte on every ASCII char (newlines, digits). */
function utf16WithoutBom(bytes: Uint8Array): TextEncoding | null {
  if (bytes.length < 4 || bytes.length % 2) return null;
  // a text without a zero byte is no UTF-16 (most are UTF-8): no need to count them
  if (bytes.indexOf(0) < 0) return null;
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

const BINARY_SIGN = /[\u0000-\u0008\u000b\u000d-\u001f\u007f\ufffd]/;

/** Many control characters or U+FFFD replacements (over 1% of a sample) mean this is not text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 20000);
  // most texts hold none of them: one native scan says so
  if (!BINARY_SIGN.test(sample)) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c) || c === 0xfffd || c === 0x7f) bad++;
  }
  return bad > Math.max(2, sample.length * 0.01);
}
