// `npx tsx office-addin/make-icons.ts`: writes the add-in icons (assets/icon-<size>.png) —
// two linked rings, white on Samenspel blue, in a rounded square — as PNGs without any
// image tool: pixels computed with 4×4 supersampling and encoded with node:zlib.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x1f, 0x5f, 0x8b];

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Coverage 0..1 of the shape at a point in unit coordinates: 0 outside, 1 blue, 2 white. */
function shade(x: number, y: number): 0 | 1 | 2 {
  const r = 0.18;
  const inX = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const inY = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  if (inX * inX + inY * inY > r * r) return 0;
  const ring = (cx: number) => {
    const d = Math.hypot(x - cx, y - 0.5);
    return d > 0.15 && d < 0.25;
  };
  return ring(0.37) || ring(0.63) ? 2 : 1;
}

export function icon(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const n = 4;
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let blue = 0;
      let white = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const s = shade((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (s === 1) blue++;
          if (s === 2) white++;
        }
      const cover = (blue + white) / (n * n);
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const mix = (c: number) => (cover ? Math.round((c * blue + 255 * white) / (blue + white)) : 0);
      raw[o] = mix(BLUE[0]!);
      raw[o + 1] = mix(BLUE[1]!);
      raw[o + 2] = mix(BLUE[2]!);
      raw[o + 3] = Math.round(cover * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const size of SIZES) writeFileSync(new URL(`./assets/icon-${size}.png`, import.meta.url), icon(size));
  console.log(`Iconen geschreven: ${SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
}
