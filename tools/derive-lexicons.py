#!/usr/bin/env python3
"""Derive the shipped model and benchmark lexicons from ../shared/lexicon-sources.

usage: tools/derive-lexicons.py SOURCES_DIR OUT_DIR

Writes lexicon-epoch.tsv (Epoch AI models, CC-BY 4.0) and lexicon-lm-eval.tsv (benchmark names
from EleutherAI lm-evaluation-harness, MIT), each with its source and licence in a header.
Only distinctive names are kept (a digit, a hyphen, two capitals or camel case), so that
plain words ("Video", "Inkling") and surnames do not become entities.
"""
import csv
import re
import sys

DISTINCT = re.compile(r"\d|[A-Z].*[A-Z]")
csv.field_size_limit(10**9)


def distinctive(name):
    """A digit or two capitals in some word; short all-letter names (BEAR, SWAG) are left out,
    since matching ignores case and they are also English words."""
    words = name.split()
    return (4 <= len(name) <= 40 and len(words) <= 3
            and any(DISTINCT.search(w) for w in words)
            and not (name.isalpha() and len(name) <= 4)
            and not re.fullmatch(r"[\d.\-]+[A-Za-z]?", name)
            and name.isascii())


def clean(name):
    return re.sub(r"\s*\(.*?\)\s*", " ", name).strip()


def main():
    src, out = sys.argv[1], sys.argv[2]
    models = {}
    for f in ("epoch/notable_ai_models_2026-07.csv", "epoch/all_ai_models_2025-03.csv"):
        for row in csv.DictReader(open(f"{src}/{f}", encoding="utf-8")):
            name = clean(" ".join(row["Model"].split()))
            if distinctive(name):
                models.setdefault(name.lower(), name)
    with open(f"{out}/lexicon-epoch.tsv", "w", encoding="utf-8") as w:
        w.write("# Models from the Epoch AI database of AI models. Data: Epoch AI (epoch.ai), licensed CC-BY 4.0.\n")
        w.write("# Derived by tools/derive-lexicons.py (distinctive names only). Format: name<TAB>type<TAB>aliases.\n")
        for key in sorted(models):
            w.write(f"{models[key]}\tModel\t\n")
    benches = {}
    for row in csv.DictReader(open(f"{src}/lm-eval/lm_eval_task_families.csv", encoding="utf-8")):
        name = clean(" ".join(row["readme_heading"].split()))
        if distinctive(name):
            benches.setdefault(name.lower(), name)
    with open(f"{out}/lexicon-lm-eval.tsv", "w", encoding="utf-8") as w:
        w.write("# Benchmark names from EleutherAI lm-evaluation-harness task READMEs.\n")
        w.write("# Copyright (c) 2020 EleutherAI, licensed MIT. Derived by tools/derive-lexicons.py.\n")
        for key in sorted(benches):
            w.write(f"{benches[key]}\tDataset\t\n")


if __name__ == "__main__":
    main()
