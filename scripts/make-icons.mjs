#!/usr/bin/env node
// Draws the add-in's icon and writes it as PNG files in assets/ (icon-16.png, icon-32.png, ...).
// Plain Node: shapes are described in a unit square, sampled 8×8 times per pixel for
// anti-aliasing, and encoded with node:zlib. Run with `npm run icons`; the PNGs are committed.
//
// The icon: a green rounded square holding a white table (a header row over a 3×3 grid) and,
// bottom right, a white badge with two circular "sync" arrows.

import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 8;
const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");

// Colours, [r, g, b] in 0..255.
const GREEN_TOP = [0x21, 0x8a, 0x55];
const GREEN_BOTTOM = [0x10, 0x62, 0x3a];
const WHITE = [0xff, 0xff, 0xff];
const GRID = [0x1a, 0x74, 0x47];

// ---- geometry (unit square, y grows downwards) ---------------------------------------------

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const s1 = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
  const s2 = (cx - bx) * (y - by) - (cy - by) * (x - bx);
  const s3 = (ax - cx) * (y - cy) - (ay - cy) * (x - cx);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

const BADGE = { cx: 0.735, cy: 0.735, r: 0.215, gap: 0.05 };
const RING = { inner: 0.085, outer: 0.135 };
// Two arcs, each with an arrowhead at its end (angles in degrees, clockwise on screen).
const ARCS = [
  { from: 200, to: 330 },
  { from: 20, to: 150 },
];

function angleIn(deg, from, to) {
  const a = ((deg % 360) + 360) % 360;
  return a >= from && a <= to;
}

function arrowHead(arc) {
  const t = (arc.to * Math.PI) / 180;
  const rm = (RING.inner + RING.outer) / 2;
  const half = 0.055;
  const len = 0.075;
  const px = BADGE.cx + rm * Math.cos(t);
  const py = BADGE.cy + rm * Math.sin(t);
  const rx = Math.cos(t);
  const ry = Math.sin(t);
  const tx = -Math.sin(t);
  const ty = Math.cos(t);
  return [
    [px + half * rx, py + half * ry],
    [px - half * rx, py - half * ry],
    [px + len * tx, py + len * ty],
  ];
}
const HEADS = ARCS.map(arrowHead);

function inSyncArrows(x, y) {
  const dx = x - BADGE.cx;
  const dy = y - BADGE.cy;
  const d = Math.hypot(dx, dy);
  if (d >= RING.inner && d <= RING.outer) {
    const deg = (Math.atan2(dy, dx) * 180) / Math.PI;
    if (ARCS.some((a) => angleIn(deg, a.from, a.to))) return true;
  }
  return HEADS.some((h) => inTriangle(x, y, h[0], h[1], h[2]));
}

// The table: outer white frame, a solid header row, body cells separated by thin green lines.
const TABLE = { x0: 0.17, y0: 0.19, x1: 0.75, y1: 0.74, header: 0.33, line: 0.05 };

function inTableWhite(x, y) {
  const { x0, y0, x1, y1, header, line } = TABLE;
  if (!inRoundedRect(x, y, x0, y0, x1, y1, 0.05)) return false;
  if (y <= header) return true;
  // body: 3 columns × 3 rows of cells inside the frame
  const innerX0 = x0 + line;
  const innerX1 = x1 - line;
  const innerY0 = header + line;
  const innerY1 = y1 - line;
  if (x < innerX0 || x > innerX1 || y < innerY0 || y > innerY1) return true; // frame
  const cw = (innerX1 - innerX0 + line) / 3;
  const ch = (innerY1 - innerY0 + line) / 3;
  const fx = (x - innerX0) % cw;
  const fy = (y - innerY0) % ch;
  return fx > cw - line || fy > ch - line; // grid lines are white, cells are green-tinted
}

/** Colour at one point: [r, g, b, a] with a in 0..1. */
function paint(x, y) {
  if (!inRoundedRect(x, y, 0.03, 0.03, 0.97, 0.97, 0.19)) return [0, 0, 0, 0];
  const t = Math.min(Math.max((y - 0.03) / 0.94, 0), 1);
  const bg = GREEN_TOP.map((c, i) => c + (GREEN_BOTTOM[i] - c) * t);
  const dBadge = Math.hypot(x - BADGE.cx, y - BADGE.cy);
  if (dBadge <= BADGE.r) return inSyncArrows(x, y) ? [...GRID, 1] : [...WHITE, 1];
  if (dBadge <= BADGE.r + BADGE.gap) return [...bg, 1];
  if (inTableWhite(x, y)) return [...WHITE, 1];
  if (x >= TABLE.x0 && x <= TABLE.x1 && y >= TABLE.y0 && y <= TABLE.y1) {
    // cells: a light green wash over the background, so the grid reads as a table
    return [...bg.map((c) => c + (255 - c) * 0.28), 1];
  }
  return [...bg, 1];
}

// ---- rasterising and PNG encoding --------------------------------------------------------

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [cr, cg, cb, ca] = paint((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
      }
      pixels[o + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file}`);
}
