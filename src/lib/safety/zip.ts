import inflate from 'tiny-inflate';

/**
 * Reads one named entry of a zip archive, touching only the end record, the central directory and that
 * entry's bytes. Returns undefined when the bytes are no zip, the entry is absent, or it is larger than
 * `maxBytes` once unpacked (an office type entry is a few kilobytes: a bigger one is not worth unpacking).
 */
export function readZipEntry(bytes: Uint8Array, name: string, maxBytes = 1_000_000): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(bytes, view);
  if (end === undefined) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let index = 0; index < count && at + 46 <= bytes.length; index++) {
    if (view.getUint32(at, true) !== 0x02014b50) return undefined;
    const method = view.getUint16(at + 10, true);
    const packedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (text(bytes, at + 46, nameLength) === name) {
      if (size > maxBytes || local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return undefined;
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const packed = bytes.subarray(start, start + packedSize);
      if (method === 0) return packed.slice(0, size);
      if (method !== 8) return undefined;
      try {
        // The output buffer has the announced size: a lying archive cannot make it grow.
        return inflate(packed, new Uint8Array(size));
      } catch {
        return undefined;
      }
    }
    at += 46 + skip;
  }
  return undefined;
}

/** Returns the offset of the end of central directory record, searched back from the end (a comment may follow it). */
function findEndRecord(bytes: Uint8Array, view: DataView): number | undefined {
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return undefined;
}

/** Returns `length` bytes at `start` as Latin-1 text: enough to compare with an ASCII name. */
export function text(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}
