#!/usr/bin/env python3
"""Regenerate assets/map/countries.bin, the locator map's country outlines.

Source: npm `world-atlas` 2.0.2 (Natural Earth 4.1.0 Admin 0 countries, 1:50m, public
domain; packaging ISC), whose `countries-50m.json` keeps small states; ISO 3166-1 alpha-2
codes from npm `i18n-iso-countries` 7.14.0 (`codes.json`, MIT).

    cd /tmp && npm pack world-atlas@2.0.2 i18n-iso-countries@7.14.0
    mkdir wa ic && tar xzf world-atlas-2.0.2.tgz -C wa && tar xzf i18n-iso-countries-7.14.0.tgz -C ic
    python3 tools/make_map.py /tmp/wa/package/countries-50m.json /tmp/ic/package/codes.json \
        assets/map/countries.bin

Shared borders are simplified once per TopoJSON arc (Douglas-Peucker, TOLERANCE degrees), so
neighbours still meet; a ring that would collapse keeps its original points, so small
states stay on the map. Coordinates are stored in hundredths of a degree.

Format (little-endian): b"BCMAP1", u16 country count; per country: 2 bytes ISO alpha-2
("--" when none), u8 name length + UTF-8 name, i16 x4 bounding box (min lon, min lat,
max lon, max lat), u16 ring count; per ring: u32 point count, then the first point as two
i16 and every next point as two zigzag LEB128 varints of the difference.
"""

import json
import struct
import sys

TOLERANCE = 0.03  # degrees, about 3 km: finer than a locator map can show
SCALE = 100  # stored units per degree

# Countries Natural Earth gives no ISO numeric code: the codes in common use.
EXTRA_CODES = {"Kosovo": "XK", "N. Cyprus": "--", "Somaliland": "--",
               "Indian Ocean Ter.": "--", "Siachen Glacier": "--"}


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def perp(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def dp(pts, tol):
    if len(pts) < 3:
        return list(pts)
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = -1.0, -1
        for k in range(i + 1, j):
            d = perp(pts[k], pts[i], pts[j])
            if d > best:
                best, idx = d, k
        if best > tol:
            keep[idx] = True
            stack.append((i, idx))
            stack.append((idx, j))
    return [p for p, k in zip(pts, keep) if k]


def simplify_arc(pts):
    if len(pts) > 3 and pts[0] == pts[-1]:
        # A closed arc (an island): split at the point farthest from the start.
        far = max(range(len(pts)), key=lambda k: (pts[k][0] - pts[0][0]) ** 2 + (pts[k][1] - pts[0][1]) ** 2)
        return dp(pts[: far + 1], TOLERANCE)[:-1] + dp(pts[far:], TOLERANCE)
    return dp(pts, TOLERANCE)


def ring_points(ring, arcs, simple):
    out = []
    for idx in ring:
        src = simple if simple is not None else arcs
        pts = src[idx] if idx >= 0 else list(reversed(src[~idx]))
        out.extend(pts if not out else pts[1:])
    return out


def quantize(pts):
    q = []
    for lon, lat in pts:
        p = (round(lon * SCALE), round(lat * SCALE))
        if not q or q[-1] != p:
            q.append(p)
    if len(q) > 1 and q[0] == q[-1]:
        q.pop()
    return q


def varint(n):
    n = (n << 1) ^ (n >> 63)  # zigzag
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def main(topo_path, codes_path, out_path):
    topo = json.load(open(topo_path, encoding="utf-8"))
    numeric = {row[2]: row[0] for row in json.load(open(codes_path, encoding="utf-8"))}
    arcs = decode_arcs(topo)
    simple = [simplify_arc(a) for a in arcs]
    countries = []
    for g in topo["objects"]["countries"]["geometries"]:
        name = g["properties"]["name"]
        code = numeric.get(g.get("id") or "", EXTRA_CODES.get(name, "--"))
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        rings = []
        for poly in polys:
            for ring in poly:
                q = quantize(ring_points(ring, arcs, simple))
                if len(q) < 3:
                    q = quantize(ring_points(ring, arcs, None))
                if len(q) >= 3:
                    rings.append(q)
        if rings:
            countries.append((code, name, rings))
    out = bytearray(b"BCMAP1")
    out += struct.pack("<H", len(countries))
    total = 0
    for code, name, rings in countries:
        nb = name.encode("utf-8")
        xs = [p[0] for r in rings for p in r]
        ys = [p[1] for r in rings for p in r]
        out += code.encode("ascii")[:2].ljust(2, b"-")
        out += struct.pack("<B", len(nb)) + nb
        out += struct.pack("<hhhh", min(xs), min(ys), max(xs), max(ys))
        out += struct.pack("<H", len(rings))
        for r in rings:
            total += len(r)
            out += struct.pack("<I", len(r))
            out += struct.pack("<hh", *r[0])
            for (x0, y0), (x1, y1) in zip(r, r[1:]):
                out += varint(x1 - x0) + varint(y1 - y0)
    open(out_path, "wb").write(bytes(out))
    print(f"{len(countries)} countries, {total} points, {len(out)} bytes -> {out_path}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
