"""The Debian package `wordnet-base` (WordNet 3.0), fetched for the lexicon builders
(tools/build_adjective_words.py, tools/build_thing_nouns.py): downloaded with
`apt-get download` into a work folder, never into the repository, and unpacked there."""
import argparse
import contextlib
import glob
import os
import subprocess
import sys
import tempfile


def unpack(work):
    """Download the package into `work` unless one is there already, unpack it, and return
    its WordNet folder (usr/share/wordnet) and the package's version."""
    def found():
        return sorted(glob.glob(os.path.join(work, "wordnet-base_*.deb")))

    debs = found()
    if not debs:
        subprocess.run(["apt-get", "download", "-q", "wordnet-base"], cwd=work, check=True)
        debs = found()
    if len(debs) != 1:
        sys.exit(f"expected one wordnet-base package in {work}, found {len(debs)}")
    version = subprocess.run(["dpkg-deb", "-f", debs[0], "Version"], check=True,
                             capture_output=True, text=True).stdout.strip()
    root = os.path.join(work, "x")
    subprocess.run(["dpkg-deb", "-x", debs[0], root], check=True)
    return os.path.join(root, "usr", "share", "wordnet"), version


@contextlib.contextmanager
def from_command_line():
    """The builders' one option, `--work` (a download folder to keep; by default a temporary
    one): yields the unpacked WordNet folder and the package's version while the folder
    lasts."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", help="download folder (default: a temporary one)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        yield unpack(args.work or tmp)
