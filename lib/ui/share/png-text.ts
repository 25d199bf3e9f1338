// Text inside a PNG (iTXt chunks: UTF-8, with a language tag), so the card carries its own words
// (title, description, the software that made it) for apps that show or index image metadata.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** iTXt: keyword, no compression, language tag, no translated keyword, UTF-8 text. */
function itxt(keyword: string, text: string, lang: string): Uint8Array {
  const encoder = new TextEncoder();
  const head = encoder.encode(`${keyword}\0\0\0${lang.replace(/[^A-Za-z0-9-]/g, '')}\0\0`);
  const body = encoder.encode(text);
  const data = new Uint8Array(head.length + body.length);
  data.set(head);
  data.set(body, head.length);
  return chunk('iTXt', data);
}

const isPng = (png: Uint8Array) => png.length > 20 && SIGNATURE.every((byte, i) => png[i] === byte);

/** The PNG with the entries added just before its IEND chunk; anything that is not a PNG comes back as it was. */
export function withPngText(png: Uint8Array<ArrayBuffer>, entries: Record<string, string>, lang: string): Uint8Array<ArrayBuffer> {
  const iend = png.length - 12;
  if (!isPng(png) || new TextDecoder().decode(png.subarray(iend + 4, iend + 8)) !== 'IEND') return png;
  const added = Object.entries(entries).map(([keyword, text]) => itxt(keyword, text, lang));
  const out = new Uint8Array(png.length + added.reduce((sum, c) => sum + c.length, 0));
  out.set(png.subarray(0, iend));
  let at = iend;
  for (const c of added) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(iend), at);
  return out;
}
