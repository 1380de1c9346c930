#!/usr/bin/env node
/**
 * Draws the add-in icons (assets/icon-16/32/64/80/128.png): a ledger sheet with a Σ on a blue
 * rounded square. Written with zlib only (PNG chunks by hand) so it runs offline with no image
 * library; the PNGs are committed, this script just documents and reproduces them.
 * Usage: node scripts/make-icons.js [outDir]
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x1f, 0x5f, 0xb4];
const WHITE = [0xff, 0xff, 0xff];
const LINE = [0xb8, 0xcc, 0xe8];

/** Coverage (0..1) of each shape at a point in unit coordinates (0,0 top-left, 1,1 bottom-right). */
function roundedSquare(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && y >= 0 && x <= 1 && y <= 1;
}
function sheet(x, y) {
  return x >= 0.2 && x <= 0.8 && y >= 0.16 && y <= 0.84;
}
function ledgerLine(x, y) {
  if (x < 0.26 || x > 0.74) return false;
  return [0.3, 0.42].some((ly) => Math.abs(y - ly) <= 0.025);
}
function segment(x, y, x1, y1, x2, y2, w) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  const px = x1 + t * dx - x;
  const py = y1 + t * dy - y;
  return px * px + py * py <= w * w;
}
/** Σ in the lower half of the sheet: top bar, two diagonals, bottom bar. */
function sigma(x, y) {
  const w = 0.04;
  return (
    segment(x, y, 0.36, 0.52, 0.64, 0.52, w) ||
    segment(x, y, 0.37, 0.53, 0.5, 0.64, w) ||
    segment(x, y, 0.5, 0.64, 0.37, 0.76, w) ||
    segment(x, y, 0.36, 0.76, 0.64, 0.76, w)
  );
}

function colourAt(x, y) {
  if (!roundedSquare(x, y)) return null;
  if (sheet(x, y)) {
    if (sigma(x, y)) return BLUE;
    if (ledgerLine(x, y)) return LINE;
    return WHITE;
  }
  return BLUE;
}

/** RGBA pixels with 4×4 supersampling, so small sizes stay legible. */
function render(size) {
  const px = Buffer.alloc(size * size * 4);
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let pxi = 0; pxi < size; pxi++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((pxi + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (py * size + pxi) * 4;
      if (a > 0) {
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
      }
      px[o + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  return px;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  // Each scanline starts with filter byte 0 (None).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const out = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(out, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(out, `icon-${size}.png`);
    fs.writeFileSync(file, png(size, render(size)));
    process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
  }
}

if (require.main === module) main();
module.exports = { png, render, crc32 };
