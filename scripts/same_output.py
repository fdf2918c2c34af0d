#!/usr/bin/env python3
"""Compares two JSON Lines outputs of `newsmark annotate --jsonl` record by
record and field by field; scripts/same-output.sh calls it.

    python3 scripts/same_output.py BEFORE.jsonl AFTER.jsonl [--show N]

Prints "identical" and exits 0 when every line is the same document, or
lists each document that differs with the fields that differ (and how many
of their items), then a count per field, and exits 1.
"""

import argparse
import json
import sys
from collections import Counter


def differing_fields(before, after):
    """[(field, detail)] for each top-level field whose value differs."""
    out = []
    for key in sorted(set(before) | set(after)):
        b, a = before.get(key), after.get(key)
        if b == a:
            continue
        if isinstance(b, list) and isinstance(a, list):
            b_items = Counter(json.dumps(x, sort_keys=True) for x in b)
            a_items = Counter(json.dumps(x, sort_keys=True) for x in a)
            gone = sum((b_items - a_items).values())
            new = sum((a_items - b_items).values())
            detail = f"{len(b)} -> {len(a)} items, {gone} gone, {new} new"
            if gone == 0 and new == 0:
                detail += " (same items, other order)"
            out.append((key, detail, [json.loads(x) for x in (b_items - a_items)],
                        [json.loads(x) for x in (a_items - b_items)]))
        else:
            out.append((key, f"{json.dumps(b)[:80]} -> {json.dumps(a)[:80]}", [], []))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--show", type=int, default=3, help="items shown for each of the first differing documents")
    args = parser.parse_args()
    with open(args.before, encoding="utf-8") as f:
        before = f.read().splitlines()
    with open(args.after, encoding="utf-8") as f:
        after = f.read().splitlines()
    if len(before) != len(after):
        print(f"different number of documents: {len(before)} before, {len(after)} after")
        return 1
    by_field = Counter()
    n_docs = 0
    for line_b, line_a in zip(before, after):
        if line_b == line_a:
            continue
        doc_b, doc_a = json.loads(line_b), json.loads(line_a)
        fields = differing_fields(doc_b, doc_a)
        if not fields:
            continue
        n_docs += 1
        print(f"{doc_b.get('id')}:")
        for key, detail, gone, new in fields:
            by_field[key] += 1
            print(f"  {key}: {detail}")
            if n_docs <= 20:
                for item in gone[:args.show]:
                    print(f"    - {json.dumps(item, ensure_ascii=False)[:200]}")
                for item in new[:args.show]:
                    print(f"    + {json.dumps(item, ensure_ascii=False)[:200]}")
    if n_docs == 0:
        print(f"identical: {len(before)} documents")
        return 0
    print(f"\n{n_docs} of {len(before)} documents differ; by field: "
          + ", ".join(f"{k} {v}" for k, v in by_field.most_common()))
    return 1


if __name__ == "__main__":
    sys.exit(main())
