#!/usr/bin/env python3
"""Draws assets/icon.png, the package icon (128x128 RGBA), with the standard library only.

A dark rounded square; a dashed ring (a reference whose file is missing: a phantom) around a solid dot (the file
that does exist). Run it again after changing the drawing; the output is byte-identical for the same code.

    python3 scripts/make-icon.py [OUT]     (default: assets/icon.png next to this script's repository)
"""
import math
import os
import struct
import sys
import zlib

SIZE = 128
SAMPLES = 4  # supersampling per axis, for smooth edges
BACKGROUND = (24, 48, 84)
RING = (255, 190, 60)
DOT = (250, 250, 250)


def inside_rounded_square(x, y, radius=22.0):
    cx = min(max(x, radius), SIZE - radius)
    cy = min(max(y, radius), SIZE - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def colour_at(x, y):
    """The colour of one sample point, or None outside the icon."""
    if not inside_rounded_square(x, y):
        return None
    dx, dy = x - SIZE / 2, y - SIZE / 2
    distance = math.hypot(dx, dy)
    if distance <= 14:
        return DOT
    angle = (math.degrees(math.atan2(dy, dx)) + 360) % 360
    if 34 <= distance <= 44 and int(angle // 30) % 2 == 0:
        return RING
    return BACKGROUND


def pixel(px, py):
    totals = [0, 0, 0, 0]
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            colour = colour_at(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
            if colour is not None:
                for i in range(3):
                    totals[i] += colour[i]
                totals[3] += 1
    n = SAMPLES * SAMPLES
    if totals[3] == 0:
        return bytes(4)
    return bytes([totals[0] // totals[3], totals[1] // totals[3], totals[2] // totals[3], 255 * totals[3] // n])


def png(width, height, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "assets", "icon.png")
    rows = [b"".join(pixel(x, y) for x in range(SIZE)) for y in range(SIZE)]
    with open(out, "wb") as f:
        f.write(png(SIZE, SIZE, rows))
    print(out)


if __name__ == "__main__":
    main()
