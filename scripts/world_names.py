#!/usr/bin/env python3
"""Rebuilds data/gazetteers/first_names_world.txt: given names of the world
that the 1990 US Census list (first_names.txt) lacks.

    python3 scripts/world_names.py

Downloads @faker-js/faker 10.6.0 from the npm registry (MIT licence; its
locale files list given names by country and, for most, by sex), and keeps
a name written in Latin letters, of three letters or more, when:
- it is in two or more of faker's national lists (an international name:
  "Filip", "Igor", "Anders", "Philippe"), or in a list of South Asia or
  Africa (en_IN, en_NP, yo_NG, en_NG, en_GH, zu_ZA, fr_SN), whose names
  English-language news writes often and the census list has none of; a
  name of one European list alone is as often that language's rare or
  archaic form ("Abbondanza");
- no other gazetteer list holds it as a word (places, peoples,
  organisations, titles);
- CoNLL-2003 eng.train and the GUM, PolNeAR train and TimeBank texts
  never write it in lower case (an English word: "Can", "Hope", "Soda"),
  and eng.train does not type it other than a person more often than a
  person;
- it is no surname among the 5,000 most frequent of the 1990 US Census
  (names 0.3.0, PyPI: "Robinson", "Lambert");
- it is none of NOT_NAMES below (religions, gods, titles, brands).
Its sex is M or F where faker lists it only among one sex's names.
Needs node and npm; the corpora in ../shared/corpora for the filters.
"""

import collections
import datetime
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, "data", "gazetteers")
CORPORA = os.path.join(ROOT, "..", "shared", "corpora")
FAKER = "@faker-js/faker@10.6.0"
# A name among this many most frequent surnames of the 1990 US Census is
# as often a surname in English news ("Robinson", "Lambert").
SURNAME_RANK = 5000
# Lists of English-speaking countries, which the census list covers, and
# joke or invented locales.
SKIP = {"en", "en_US", "en_GB", "en_AU", "en_AU_ocker", "en_CA", "en_BORK", "eo", "base",
        "en_IE", "en_ZA", "en_HK"}
REGIONAL = {"en_IN", "en_NP", "yo_NG", "en_NG", "en_GH", "zu_ZA", "fr_SN"}
# Words faker lists as given names that news writes as something else:
# religions and gods, titles, peoples, brands and a few non-names.
NOT_NAMES = {
    "Islam", "Christ", "Allah", "Buddha", "Krishna", "Shiva", "Vishnu", "Brahma", "Durga",
    "Lakshmi", "Saraswati", "Rama", "Ganesh", "Odin", "Apollo", "Thor", "Zeus", "Dame",
    "Swami", "Oba", "Emir", "Sultan", "Raja", "Rajah", "Begum", "Sahib", "Mullah", "Amish",
    "Nike", "Dior", "Fedora", "Gemini", "Sname", "Eliabeth", "Colins", "Tore", "Mama", "Kin",
}
OTHER_LISTS = ["countries.txt", "places_extra.txt", "cities.txt", "us_states.txt",
               "demonyms.txt", "groups.txt", "organisations.txt", "news_agencies.txt",
               "titles.txt", "organisations_world.txt"]

DUMP = r"""
const f = require(process.argv[1]);
const out = {};
for (const [locale, def] of Object.entries(f.allLocales)) {
  const given = def.person && def.person.first_name;
  if (!given) continue;
  const groups = Array.isArray(given) ? { generic: given } : given;
  for (const [sex, names] of Object.entries(groups))
    for (const name of names || []) {
      (out[name] ||= { locales: [], sexes: [] });
      out[name].locales.push(locale);
      out[name].sexes.push(sex);
    }
}
process.stdout.write(JSON.stringify(out));
"""


def faker_names(tmp):
    subprocess.run(["npm", "install", "-q", "--no-audit", "--no-fund", "--prefix", tmp, FAKER],
                   check=True, stdout=subprocess.DEVNULL)
    package = os.path.join(tmp, "node_modules", "@faker-js", "faker")
    out = subprocess.run(["node", "-e", DUMP, package], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def census_surnames(tmp):
    """The SURNAME_RANK most frequent surnames of the 1990 US Census, from
    names 0.3.0 (PyPI; MIT; public-domain census data)."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp,
                    "names==0.3.0"], check=True)
    with tarfile.open(os.path.join(tmp, "names-0.3.0.tar.gz")) as t:
        t.extractall(tmp, filter="data")
    out = set()
    with open(os.path.join(tmp, "names-0.3.0", "names", "dist.all.last")) as f:
        for line in f:
            word, _, _, rank = line.split()[:4]
            if int(rank) <= SURNAME_RANK:
                out.add(word.title())
    return out


def entries(name):
    with open(os.path.join(GAZ, name), encoding="utf-8") as f:
        return {line.split("\t")[0].strip() for line in f
                if line.strip() and not line.startswith("#")}


def vocabulary():
    """Words written in lower case, and the CoNLL-2003 types of each word."""
    lower, types = set(), collections.defaultdict(collections.Counter)
    with open(os.path.join(CORPORA, "conll2003", "eng.train"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                continue
            word, tag = parts[0], parts[-1]
            if word.islower():
                lower.add(word)
            types[word][tag[2:] if tag != "O" else "O"] += 1
    for path in [("gum", "gum_train.jsonl"), ("polnear", "train.jsonl"),
                 ("timex", "timebank_tbaq.jsonl")]:
        with open(os.path.join(CORPORA, *path), encoding="utf-8") as f:
            for line in f:
                for word in re.findall(r"[^\W\d_][\w'-]*", json.loads(line).get("text", "")):
                    if word.islower():
                        lower.add(word)
    return lower, types


def main():
    with tempfile.TemporaryDirectory() as tmp:
        names = faker_names(tmp)
        surnames = census_surnames(tmp)
    census = entries("first_names.txt")
    other = set()
    for name in OTHER_LISTS:
        for entry in entries(name):
            other.update(entry.split())
    lower, types = vocabulary()
    latin = re.compile(r"^[A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u00FF\u0100-\u017F'-]+$")
    rows = []
    for name, info in sorted(names.items()):
        locales = {l for l in info["locales"] if l not in SKIP}
        if not locales or not latin.match(name) or len(name) < 3:
            continue
        if len(locales) < 2 and not locales & REGIONAL:
            continue
        if (name in census or name in other or name in NOT_NAMES or name in surnames
                or name.lower() in lower):
            continue
        t = types.get(name)
        if t and sum(v for k, v in t.items() if k != "PER") > t["PER"]:
            continue
        sexes = {s for s, l in zip(info["sexes"], info["locales"]) if l in locales}
        sex = {"male": "M", "female": "F"}.get(sexes.pop()) if len(sexes) == 1 else None
        rows.append(f"{name}\t{sex}" if sex else name)
    header = [
        "# Given names of the world that the 1990 US Census list (first_names.txt)",
        "# lacks: a name of two or more national lists, or of a list of South",
        "# Asia or Africa; not a word of another list, an English word, nor a",
        "# religion, god, title or brand, nor a frequent US surname. M or F",
        "# where the source lists it for one sex only.",
        f"# Source: {FAKER} (npm), its locales' person.first_name lists.",
        "# Licence: MIT, (c) Faker contributors (the package's LICENSE).",
        f"# Generated by scripts/world_names.py on {datetime.date.today()}; {len(rows)} entries.",
    ]
    with open(os.path.join(GAZ, "first_names_world.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(header + rows) + "\n")
    print(f"first_names_world.txt: {len(rows)} entries")


if __name__ == "__main__":
    main()
