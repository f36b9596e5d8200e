#!/usr/bin/env python3
"""Checks a gold file of the real-news corpus (corpus/README.md) and prints its size.

Usage: scripts/check-corpus.py [GOLD.json] [--texts DIR] [--regions TSV]
Exits 1 with one line per problem when the file breaks a rule of the annotation guide.
"""
import argparse, datetime, json, os, re, sys

KINDS = {"EXPLOSION", "FIRE", "DRONE_STRIKE", "MISSILE_STRIKE", "SHELLING", "OTHER"}
TYPES = {"report", "wire", "republication", "follow-up", "roundup", "analysis", "live-blog", "negative"}
FROM = {"date-line", "url", "text", "none"}
ID = re.compile(r"^[a-z]{2}-\d{4}-\d{2}(-\d{2})?-[a-z0-9-]+$")


def day(value):
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser()
    p.add_argument("gold", nargs="?", default=os.path.join(here, "..", "corpus", "gold.json"))
    p.add_argument("--texts", default=None)
    p.add_argument("--regions", default=os.path.join(here, "..", "src", "main", "resources", "io", "blastwatch",
                                                     "extract", "gazetteer", "regions.tsv"))
    a = p.parse_args()
    texts = a.texts or os.path.join(os.path.dirname(os.path.abspath(a.gold)), "texts")
    regions = set()
    with open(a.regions, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("admin1"):
                continue
            cols = line.rstrip("\n").split("\t")
            regions.add(cols[2])
    gold = json.load(open(a.gold, encoding="utf-8"))
    problems = []
    incidents = {}
    for inc in gold.get("incidents", []):
        i = inc.get("id")
        where = "incident " + str(i)
        if not i or not ID.match(i):
            problems.append(where + ": id is not CC-YYYY-MM[-DD]-place")
        if i in incidents:
            problems.append(where + ": id defined twice")
        incidents[i] = inc
        d = day(inc.get("date"))
        if d is None:
            problems.append(where + ": date is not YYYY-MM-DD")
        if inc.get("precision") not in ("DAY", "MONTH"):
            problems.append(where + ": precision is not DAY or MONTH")
        elif inc["precision"] == "MONTH" and d is not None and d.day != 1:
            problems.append(where + ": a MONTH date is the first of its month")
        for alt in inc.get("altDates") or []:
            if day(alt) is None:
                problems.append(where + ": altDate " + str(alt) + " is not YYYY-MM-DD")
        if inc.get("kind") not in KINDS:
            problems.append(where + ": kind " + str(inc.get("kind")))
        if not isinstance(inc.get("militaryIndustrial"), bool) or not isinstance(inc.get("unexplained"), bool):
            problems.append(where + ": militaryIndustrial and unexplained are true or false")
        elif inc["unexplained"] and not inc["militaryIndustrial"]:
            problems.append(where + ": unexplained is always false for a site that is not military-industrial")
        c = inc.get("country")
        if not isinstance(c, str) or not re.match(r"^[A-Z]{2}$", c):
            problems.append(where + ": country is an ISO code")
        r = inc.get("region")
        if r is not None and c in ("RU", "UA", "BY") and r not in regions:
            problems.append(where + ": region '" + r + "' is not a name of regions.tsv")
        if not inc.get("note"):
            problems.append(where + ": no note")
    articles = {}
    named = set()
    for art in gold.get("articles", []):
        i = art.get("id")
        where = "article " + str(i)
        if not i or i in articles:
            problems.append(where + ": id missing or defined twice")
        articles[i] = art
        for key in ("url", "outlet", "query"):
            if not art.get(key):
                problems.append(where + ": no " + key)
        if art.get("published") is not None and day(art["published"]) is None:
            problems.append(where + ": published is not YYYY-MM-DD or null")
        if art.get("publishedFrom") not in FROM:
            problems.append(where + ": publishedFrom " + str(art.get("publishedFrom")))
        if (art.get("published") is None) != (art.get("publishedFrom") == "none"):
            problems.append(where + ": published is null exactly when publishedFrom is none")
        if art.get("type") not in TYPES:
            problems.append(where + ": type " + str(art.get("type")))
        for ref in (art.get("reports") or []) + (art.get("mentions") or []):
            if ref not in incidents:
                problems.append(where + ": names undefined incident " + ref)
            named.add(ref)
        if os.path.isdir(texts) and not os.path.isfile(os.path.join(texts, str(i) + ".txt")):
            problems.append(where + ": no text " + os.path.join(texts, str(i) + ".txt"))
    for art in articles.values():
        if art.get("copyOf") and art["copyOf"] not in articles:
            problems.append("article " + art["id"] + ": copyOf names no article")
    for i in incidents:
        if i not in named:
            problems.append("incident " + i + ": no article names it")
    held = {i for i, inc in incidents.items() if inc.get("heldOut")}
    held_articles = [a for a in articles.values()
                     if set((a.get("reports") or []) + (a.get("mentions") or [])) & held]
    outlets = {a.get("outlet") for a in articles.values()}
    undated = [a for a in articles.values() if a.get("published") is None]
    years = sorted({(incidents[i].get("date") or "????")[:4] for i in incidents})
    print(f"{len(articles)} articles, {len(outlets)} outlets, {len(incidents)} incidents "
          f"({', '.join(years)}), {len(undated)} undated articles; held out: {len(held)} incidents, "
          f"{len(held_articles)} articles")
    for line in problems:
        print("problem: " + line)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
