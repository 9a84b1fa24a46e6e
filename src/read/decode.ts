/**
 * Bytes to text: UTF-8 (with or without BOM) or GB18030/GBK; anything else is an error that
 * names what is wrong, so the reader can report the file and skip it.
 */
import { isUtf8 } from 'node:buffer';

const utf8Lossy = new TextDecoder('utf-8');
const gb18030 = new TextDecoder('gb18030', { fatal: true });

export class DecodeError extends Error {}

/**
 * A UTF-8 text with a few bad bytes (a stray GBK pair pasted in) is UTF-8 with those replaced, not a
 * GB18030 text: decoded whole as GB18030 it is mojibake. A GBK text read as UTF-8 has a bad
 * sequence at almost every Han character; a few per thousand characters at most is UTF-8.
 */
const MAX_BAD_UTF8_SHARE = 0.005;

export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030'; warning?: string } {
  if (bytes.length === 0) throw new DecodeError('empty file');
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) throw new DecodeError('UTF-16 text is not supported; save it as UTF-8');
  const sample = body.subarray(0, 8192);
  if (sample.includes(0)) throw new DecodeError('binary file (contains NUL bytes)');
  let text: string;
  let encoding: 'utf-8' | 'gb18030';
  let warning: string | undefined;
  // Most files are valid UTF-8: checked and decoded by Node's own (SIMD) routines, several times
  // faster than a fatal TextDecoder; the decoders below read the rest.
  if (isUtf8(body)) {
    text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    encoding = 'utf-8';
  } else {
    const lossy = utf8Lossy.decode(body);
    const bad = lossy.match(/\ufffd/g)?.length ?? 0;
    if (bad <= Math.max(2, lossy.length * MAX_BAD_UTF8_SHARE)) {
      text = lossy;
      encoding = 'utf-8';
      warning = `UTF-8 with ${bad} invalid byte sequence${bad === 1 ? '' : 's'} (shown as �): read as UTF-8; check the file's encoding`;
    } else {
      try {
        text = gb18030.decode(body);
        encoding = 'gb18030';
      } catch {
        throw new DecodeError('neither UTF-8 nor GB18030/GBK text');
      }
    }
  }
  if (!/\S/.test(text)) throw new DecodeError('no text (only white space)');
  // Control characters other than tab/newline/CR mean this is not prose.
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > Math.max(4, text.length / 1000)) throw new DecodeError('binary file (control characters)');
  return warning ? { text, encoding, warning } : { text, encoding };
}
