#!/usr/bin/env python3
"""Writes every text of ../shared/corpora and ../shared/articles as JSON Lines
input for `newsmark annotate --jsonl`: {"id", "text", "date"?}, one a line.

    python3 scripts/corpus_texts.py [SHARED_DIR] > inputs.jsonl

The id names the file and the record ("polnear/dev.jsonl#<id>"). The date is
the record's own (TimeBank's dct, PolNeAR's publication date, ...), so that
relative times resolve the same way every run. CoNLL-2003 articles are
rebuilt as their tokens joined by spaces, a sentence a line: what matters
here is that both builds see the same text, not that it reads well.
"""

import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def conll_articles(path):
    article, sentence = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if not fields:
                if sentence:
                    article.append(" ".join(sentence))
                    sentence = []
                continue
            if fields[0] == "-DOCSTART-":
                if article or sentence:
                    yield "\n".join(article + ([" ".join(sentence)] if sentence else []))
                article, sentence = [], []
                continue
            sentence.append(fields[0])
    if article or sentence:
        yield "\n".join(article + ([" ".join(sentence)] if sentence else []))


def records(shared):
    corpora = os.path.join(shared, "corpora")
    articles = os.path.join(shared, "articles")
    for name in ("eng.testa", "eng.train"):
        path = os.path.join(corpora, "conll2003", name)
        if os.path.exists(path):
            for i, text in enumerate(conll_articles(path)):
                yield {"id": f"conll2003/{name}#{i}", "text": text}
    # (folder/file, the field holding the date)
    for rel, date_field in (
        ("timex/timebank_tbaq.jsonl", "dct"),
        ("timex/aquaint_tbaq.jsonl", "dct"),
        ("polnear/dev.jsonl", "publication_date"),
        ("polnear/train.jsonl", "publication_date"),
        ("gum/gum_train.jsonl", "dct"),
        ("re3d/re3d_conf50.jsonl", None),
    ):
        path = os.path.join(corpora, rel)
        if not os.path.exists(path):
            continue
        for i, rec in enumerate(jsonl(path)):
            out = {"id": f"{rel}#{rec.get('id', i)}", "text": rec["text"]}
            date = rec.get(date_field) if date_field else None
            if date and len(date) == 10:
                out["date"] = date
            yield out
    nato = os.path.join(articles, "nato-spending-lavrov.txt")
    if os.path.exists(nato):
        yield {"id": "articles/nato-spending-lavrov.txt", "text": open(nato, encoding="utf-8").read(),
               "date": "2025-07-04"}
    index = os.path.join(articles, "wikinews", "index.jsonl")
    if os.path.exists(index):
        for rec in jsonl(index):
            path = os.path.join(articles, "wikinews", rec["id"] + ".txt")
            out = {"id": f"articles/wikinews/{rec['id']}", "text": open(path, encoding="utf-8").read()}
            if len(rec.get("date", "")) == 10:
                out["date"] = rec["date"]
            yield out


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared")
    if not os.path.isdir(shared):
        sys.exit(f"corpus_texts: {shared} not found: put the shared corpora beside the repository")
    n = 0
    for rec in records(shared):
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    print(f"corpus_texts: {n} texts", file=sys.stderr)


if __name__ == "__main__":
    main()
