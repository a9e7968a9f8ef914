#!/usr/bin/env python3
"""Draws Tidings' toolbar icons (extension/icons/icon-{16,32,48,128}.png) with the standard
library only: a purple rounded square holding three lines of "text", the middle one highlighted
yellow (a highlighted statement). Shapes are sampled 4x4 per pixel for smooth edges.
The toolbar also shows icon-reader-{16,32}.png on pages with an article: the same glyph with a
green dot ("reader view available").

Run from the repository root: python3 tools/make-icons.py
"""
import os
import struct
import zlib

SIZES = (16, 32, 48, 128)
READER_SIZES = (16, 32)
OUT_DIR = os.path.join(os.path.dirname(__file__), "..", "extension", "icons")
SAMPLES = 4

PURPLE = (91, 42, 134)
WHITE = (255, 255, 255)
YELLOW = (255, 215, 64)
GREEN = (26, 127, 55)


def inside_rounded_rect(x, y, x0, y0, x1, y1, r):
    """True when (x, y) lies in the rectangle [x0, x1] x [y0, y1] with corners of radius r."""
    if not (x0 <= x <= x1 and y0 <= y <= y1):
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


# The glyph in unit coordinates (0..1): (shape, colour), painted in order.
BACKGROUND = ((0.0, 0.0, 1.0, 1.0, 0.2), PURPLE)
LINES = (
    ((0.2, 0.24, 0.8, 0.36, 0.06), WHITE),
    ((0.14, 0.44, 0.86, 0.58, 0.07), YELLOW),  # the highlight behind the middle line
    ((0.2, 0.47, 0.72, 0.55, 0.04), PURPLE),
    ((0.2, 0.66, 0.62, 0.78, 0.06), WHITE),
)


def inside_circle(x, y, cx, cy, r):
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


# The "reader view available" dot: a white ring, then green.
DOT = (((0.76, 0.76, 0.25), WHITE), ((0.76, 0.76, 0.18), GREEN))


def pixel(px, py, size, dot=False):
    """Averages SAMPLES x SAMPLES points of the glyph into one RGBA pixel."""
    r = g = b = a = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            x = (px + (sx + 0.5) / SAMPLES) / size
            y = (py + (sy + 0.5) / SAMPLES) / size
            colour = None
            for rect, c in (BACKGROUND,) + LINES:
                if inside_rounded_rect(x, y, *rect):
                    colour = c
            for circle, c in DOT if dot else ():
                if inside_circle(x, y, *circle):
                    colour = c
            if colour:
                r, g, b, a = r + colour[0], g + colour[1], b + colour[2], a + 1
    n = SAMPLES * SAMPLES
    if a == 0:
        return (0, 0, 0, 0)
    return (r // a, g // a, b // a, 255 * a // n)


def png(size, dot=False):
    rows = bytearray()
    for py in range(size):
        rows.append(0)  # filter: none
        for px in range(size):
            rows.extend(pixel(px, py, size, dot))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for size in SIZES:
        path = os.path.join(OUT_DIR, f"icon-{size}.png")
        with open(path, "wb") as f:
            f.write(png(size))
        print(path)
    for size in READER_SIZES:
        path = os.path.join(OUT_DIR, f"icon-reader-{size}.png")
        with open(path, "wb") as f:
            f.write(png(size, dot=True))
        print(path)


if __name__ == "__main__":
    main()
