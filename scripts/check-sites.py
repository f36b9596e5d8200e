#!/usr/bin/env python3
"""Checks the knowledge base of military-industrial sites and prints its size.

Usage: scripts/check-sites.py [SITES.json ...]
Rules: unique ids; every field present and of its kind; the region one of regions.tsv; the settlement in the
gazetteer of that region (when it is there) and the coordinates within 30 km of it; no alias that names two sites
of one region; at least one source per site. Exits 1 with one line per problem.
"""
import gzip, json, math, os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "src", "main", "resources", "io", "blastwatch", "extract")
CATEGORIES = {"ammunition", "explosives", "propellant", "missile", "aircraft", "helicopter", "engine", "armour",
              "artillery", "small-arms", "shipyard", "electronics", "optics", "chemical", "test-range", "arsenal",
              "depot", "airbase", "research", "drone", "vehicles"}
STORAGE = {"arsenal", "depot", "airbase"}
MAX_KM = 30


def fold(s):
    s = s.lower().replace("\u2019", "'").replace("'", "")
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def km(a, b, c, d):
    r = 6371.0
    p1, p2 = math.radians(a), math.radians(c)
    dp, dl = p2 - p1, math.radians(d - b)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def main():
    files = sys.argv[1:] or [os.path.join(RES, "sites", "sites.json")]
    regions = {}
    for line in open(os.path.join(RES, "gazetteer", "regions.tsv"), encoding="utf-8"):
        if line.startswith("#") or line.startswith("admin1"):
            continue
        c = line.rstrip("\n").split("\t")
        regions[c[2]] = c[0]
    places = defaultdict(list)  # (admin1, folded name) -> [(lat, lon)]
    with gzip.open(os.path.join(RES, "gazetteer", "settlements.tsv.gz"), "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            for n in [c[1]] + [x for x in c[8].split("|") if x]:
                places[(c[3], fold(n))].append((float(c[4]), float(c[5])))
    problems, sites = [], []
    for path in files:
        data = json.load(open(path, encoding="utf-8"))
        sites.extend(data["sites"] if isinstance(data, dict) else data)
    ids, aliases = set(), defaultdict(set)
    unplaced = 0
    for s in sites:
        sid = s.get("id")
        where = "site " + str(sid)
        if not sid or not re.match(r"^[a-z]{2}-[a-z0-9-]+$", sid):
            problems.append(where + ": id is not cc-words")
        if sid in ids:
            problems.append(where + ": id used twice")
        ids.add(sid)
        for key in ("name", "settlement", "region", "country", "category", "products", "operator"):
            if key not in s:
                problems.append(where + ": no " + key)
        if s.get("category") not in CATEGORIES:
            problems.append(where + ": category " + str(s.get("category")))
        if not isinstance(s.get("militaryIndustrial"), bool):
            problems.append(where + ": militaryIndustrial is true or false")
        elif s["militaryIndustrial"] == (s.get("category") in STORAGE):
            problems.append(where + ": arsenals and depots are military storage (militaryIndustrial false), the rest true")
        if not s.get("sources"):
            problems.append(where + ": no source")
        region = s.get("region")
        if region not in regions:
            problems.append(where + ": region '" + str(region) + "' is not a name of regions.tsv")
            continue
        lat, lon = s.get("lat"), s.get("lon")
        if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
            problems.append(where + ": lat and lon are numbers")
            continue
        found = places.get((regions[region], fold(s.get("settlement") or "")))
        if not found:
            unplaced += 1
        elif min(km(lat, lon, a, b) for a, b in found) > MAX_KM:
            problems.append(where + ": %.0f km from %s in the gazetteer" % (
                min(km(lat, lon, a, b) for a, b in found), s.get("settlement")))
        for a in [s.get("name", "")] + list(s.get("aliases", [])) + list(s.get("formerNames", [])):
            aliases[(region, fold(a))].add(sid)
    for (region, alias), owners in aliases.items():
        if len(owners) > 1:
            problems.append("alias '%s' names %d sites in %s: %s" % (alias, len(owners), region, " ".join(sorted(owners))))
    countries = defaultdict(int)
    for s in sites:
        countries[s.get("country")] += 1
    print("%d sites (%s); %d settlements not in the gazetteer, their coordinates unchecked" % (
        len(sites), ", ".join("%s %d" % kv for kv in sorted(countries.items())), unplaced))
    for p in problems:
        print("problem: " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
