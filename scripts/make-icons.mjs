// Writes the toolbar/extension icons, public/icon/{16,32,48,128}.png: a white
// check mark on a rounded teal square. Plain Node (zlib), no image libraries.
// Run with `npm run icons`; the PNGs it makes are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const OUT_DIR = new URL('../public/icon/', import.meta.url);
const BACKGROUND = [0x0f, 0x76, 0x6e]; // teal-700
const MARK = [0xff, 0xff, 0xff];
const SAMPLES = 4; // per axis, for anti-aliasing

// Geometry in unit coordinates (0..1, y down).
const RADIUS = 0.2; // corner radius of the square
const CHECK = [
  [0.26, 0.53],
  [0.43, 0.7],
  [0.76, 0.33],
];
const STROKE = 0.12; // check mark width

function insideRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, RADIUS), 1 - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), 1 - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onCheck(x, y) {
  for (let i = 0; i + 1 < CHECK.length; i++) {
    if (distanceToSegment(x, y, CHECK[i], CHECK[i + 1]) <= STROKE / 2) return true;
  }
  return false;
}

/** RGBA pixels, row by row, each row prefixed with PNG filter byte 0. */
function render(size) {
  const rows = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 4);
    for (let x = 0; x < size; x++) {
      let cover = 0;
      let mark = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const ux = (x + (sx + 0.5) / SAMPLES) / size;
          const uy = (y + (sy + 0.5) / SAMPLES) / size;
          if (!insideRoundedSquare(ux, uy)) continue;
          cover++;
          if (onCheck(ux, uy)) mark++;
        }
      }
      const o = row + 1 + x * 4;
      const m = cover === 0 ? 0 : mark / cover;
      for (let c = 0; c < 3; c++) rows[o + c] = Math.round(BACKGROUND[c] * (1 - m) + MARK[c] * m);
      rows[o + 3] = Math.round((255 * cover) / (SAMPLES * SAMPLES));
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods: 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(render(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = new URL(`${size}.png`, OUT_DIR);
  writeFileSync(file, png(size));
  console.log(`wrote public/icon/${size}.png`);
}
