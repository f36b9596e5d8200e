#!/usr/bin/env python3
"""Builds the country outlines the dashboard map draws (no map tiles are reachable offline).

Usage: python3 scripts/build-outlines.py [--tgz PATH]

Downloads the npm package world-atlas (Natural Earth 1:50m countries as TopoJSON; Natural Earth is public domain,
world-atlas is ISC), checks its integrity, decodes the outlines of Russia, Ukraine, Belarus and their neighbours,
clips them to a box that holds the whole of Russia (its far east past 180 degrees is written as longitudes above 180,
so that Chukotka stays one piece), simplifies them to about 0.03 degree, and writes
src/main/resources/io/blastwatch/http/dashboard/outlines.json: {"box": [lonMin, latMin, lonMax, latMax],
"countries": [{"name": ..., "rings": [[[lon, lat], ...], ...]}]}. The output is deterministic.
"""
import argparse
import base64
import hashlib
import io
import json
import pathlib
import tarfile
import urllib.request

TARBALL = "https://registry.npmjs.org/world-atlas/-/world-atlas-2.0.2.tgz"
INTEGRITY = "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
COUNTRIES = ["Russia", "Ukraine", "Belarus", "Poland", "Lithuania", "Latvia", "Estonia", "Finland", "Moldova",
             "Romania", "Georgia", "Kazakhstan", "Azerbaijan", "Armenia", "Turkey", "Slovakia", "Hungary", "Norway",
             "Sweden", "Uzbekistan", "Turkmenistan", "Kyrgyzstan", "Mongolia", "China", "North Korea", "Japan"]
BOX = (19.0, 40.0, 191.0, 82.0)
TOLERANCE = 0.03
OUT = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/io/blastwatch/http/dashboard/outlines.json"


def load(tgz):
    data = pathlib.Path(tgz).read_bytes() if tgz else urllib.request.urlopen(TARBALL, timeout=60).read()
    digest = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != INTEGRITY:
        raise SystemExit("world-atlas tarball does not match its integrity hash")
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        return json.load(tar.extractfile("package/countries-50m.json"))


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def unwrap(points):
    """Longitudes west of 0 in the far east (Chukotka, past the antimeridian) continue above 180."""
    return [(lon + 360 if lon < 0 else lon, lat) for lon, lat in points]


def simplify(points, tolerance):
    """Douglas-Peucker: drops points closer than the tolerance to the line of their neighbours."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        worst, index = 0.0, None
        for i in range(first + 1, last):
            x, y = points[i]
            d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def clip(points):
    lon_min, lat_min, lon_max, lat_max = BOX
    kept = [(min(max(lon, lon_min), lon_max), min(max(lat, lat_min), lat_max)) for lon, lat in points]
    out = []
    for lon, lat in simplify(kept, TOLERANCE):
        p = [round(lon, 2), round(lat, 2)]
        if not out or out[-1] != p:
            out.append(p)
    return out if len(out) >= 4 else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tgz")
    topo = load(parser.parse_args().tgz)
    arcs = decode_arcs(topo)
    countries = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        if name not in COUNTRIES:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = []
        for polygon in polygons:
            points = ring(arcs, polygon[0])
            outer = clip(unwrap(points) if name == "Russia" else points)
            inside = outer and any(BOX[0] < lon < BOX[2] and BOX[1] < lat < BOX[3] for lon, lat in outer)
            if inside:
                rings.append(outer)
        if rings:
            countries.append({"name": name, "rings": rings})
    countries.sort(key=lambda c: c["name"])
    OUT.write_text(json.dumps({"box": list(BOX), "source": "Natural Earth 1:50m via world-atlas 2.0.2",
                               "countries": countries}, separators=(",", ":")) + "\n")
    print(f"{OUT.name}: {len(countries)} countries, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
