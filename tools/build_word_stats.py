#!/usr/bin/env python3
"""Regenerate assets/lexicon/word_stats.tsv (and its .idx): how common each English word is,
and which parts of speech it can be.

One line per lower-case word: `word<TAB>zipf<TAB>pos`, sorted by word.
- zipf: the word's frequency on the Zipf scale times ten, rounded (log10 of its frequency per
  billion words; "the" is about 75, "recall" about 36, a word missing from the table is rarer
  than about 20). From `en_lexeme_prob` of PyPI `spacy-lookups-data` (natural-log
  probabilities, the English lexeme table spaCy 2 shipped).
- pos: the letters of the parts of speech the word can be, by WordNet 3.0's index and its
  inflection rules and exceptions, as spaCy's rule lemmatizer reads them (`en_lemma_index`,
  `en_lemma_rules`, `en_lemma_exc` of the same package): n noun, v verb, a adjective,
  r adverb; `-` for none (function words, names).

The issue finder (src/extract/issues.rs) weighs a word by how rare it is and chunks noun
phrases by these letters.

Usage: python3 tools/build_word_stats.py [--work DIR] [--count N]
Downloads spacy-lookups-data (about 100 MB) with pip into a temporary folder, never into the
repository, then writes the table and rebuilds its index.
"""
import argparse
import gzip
import json
import math
import os
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_lexicons import write_index  # noqa: E402

VERSION = "1.0.5"


def load(whl, name):
    with zipfile.ZipFile(whl) as z:
        return json.loads(gzip.decompress(z.read(f"spacy_lookups_data/data/{name}.json.gz")))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", help="download folder (default: a temporary one)")
    ap.add_argument("--count", type=int, default=30000, help="how many of the most common words")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or tmp
        whl = os.path.join(work, f"spacy_lookups_data-{VERSION}-py2.py3-none-any.whl")
        if not os.path.exists(whl):
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                            f"spacy-lookups-data=={VERSION}", "-d", work], check=True)
        prob = load(whl, "en_lexeme_prob")
        index = {pos: set(words) for pos, words in load(whl, "en_lemma_index").items()}
        exc = load(whl, "en_lemma_exc")
        rules = load(whl, "en_lemma_rules")

    def can_be(word, pos):
        if word in index.get(pos, ()) or word in exc.get(pos, {}):
            return True
        for old, new in rules.get(pos, []):
            if old and word.endswith(old) and word[: len(word) - len(old)] + new in index[pos]:
                return True
        return False

    words = [w for w in prob if w.isascii() and w.isalpha() and w.islower()]
    words.sort(key=lambda w: -prob[w])
    words = words[: args.count]
    lines = []
    for w in words:
        zipf = prob[w] / math.log(10) + 9
        tags = "".join(t for t, pos in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv"))
                       if can_be(w, pos))
        lines.append(f"{w}\t{max(0, round(zipf * 10))}\t{tags or '-'}")
    lines.sort()
    path = os.path.join(ROOT, "assets", "lexicon", "word_stats.tsv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{path}: {len(lines)} words")
    write_index(path)


if __name__ == "__main__":
    main()
