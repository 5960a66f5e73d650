#!/usr/bin/env python3
"""Times one-article rebuilds against a clean build of the same digest, each `digest build` in a
fresh process as a user runs it, alternating, and prints every run and the medians.

usage: tools/bench-rebuild.py DIGEST_FILE [--runs N] [--jit | --ready-to-run]

The input is copied into a temporary folder under its own name (the name is the articles'
source). Each run builds the copy from scratch (--no-cache) into a folder, then times four edits of
articles in the middle of the file, each built into the same folder and then taken back:
- "period": one body line gains a "。" at its end, an edit that usually leaves the graph as it was
  (the rebuild re-extracts the article, finds it gives the graph what it gave, and keeps the outputs);
- "evidence": a sentence of that article that graph.json quotes as evidence gains a clause
  ("，详见原文。" for its final "。"), so the graph changes but only in that evidence (one article
  re-extracted, nothing decoded or merged: the records of the relationships quoting the sentence
  are replaced in the last exports, the rest of each file copied);
- "count": after the first sentence (not quoted as evidence) that names a method, model or dataset
  with a plain Latin name that only one article names, "<name>的表现。" is added, so the entity and
  its MENTIONS edge count one mention more (patched like the evidence edit);
- "link": the body line of the "period" edit starts with "本文基于 FlashAttention 方法。", which adds a
  relation, so the metrics are computed again and every entity record whose metrics changed has its
  metrics formatted again (the fields before them are copied from the last export).
It times `digest` published as README (`digest build`) shows (a native executable, into a temporary folder);
--ready-to-run times the ReadyToRun build published with -p:PublishAot=false, --jit the plain Release build (every
method compiled at run time).
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.path.join(ROOT, "src", "Cli")


def is_title(line):
    """A title line is the title written twice (see DigestTextSplitter)."""
    text = line.strip()
    half = len(text) // 2
    return len(text) > 0 and len(text) % 2 == 0 and text[:half] == text[half:]


def middle_body_line(lines):
    """The first long body line after the middle of the file: a line of an article's summary."""
    for i in range(len(lines) // 2, len(lines)):
        if len(lines[i]) > 40 and not is_title(lines[i]) and not lines[i].startswith("Category:"):
            return i
    sys.exit("no body line found after the middle of the input")


def evidence_edit(lines, graph_json):
    """The first body line after the middle whose sentence graph.json quotes as evidence, with a clause added to
    that sentence: (line index, edited line). graph.json is read a line at a time (each evidence sentence is a line of
    its own), not whole."""
    candidates = {}
    for i in range(len(lines) // 2, min(len(lines), len(lines) // 2 + 2000)):
        line = lines[i]
        if len(line) <= 40 or is_title(line) or line.startswith("Category:"):
            continue
        start = 0
        for end in (m.end() for m in re.finditer("。", line)):
            sentence = line[start:end].strip()
            start = end
            if len(sentence) > 10:
                candidates.setdefault(json.dumps(sentence, ensure_ascii=False), (i, end))
    quoted = set()
    with open(graph_json, encoding="utf-8") as f:
        for row in f:
            value = row.strip().removeprefix('"sentence": ').rstrip(",")
            if value in candidates:
                quoted.add(candidates[value])
    if not quoted:
        sys.exit("no evidence sentence found after the middle of the input")
    i, end = min(quoted)
    return i, lines[i][:end - 1] + "，详见原文。" + lines[i][end:]


def single_article_names(graph_json):
    """The names of methods, models and datasets with a plain Latin name that one article names, read a line at a
    time: an entity node lists its label, name and articles on lines of their own."""
    names, label, name, articles, in_articles = set(), None, None, 0, False
    with open(graph_json, encoding="utf-8") as f:
        for row in f:
            text = row.strip()
            if text.startswith('"label": '):
                label, name, articles = json.loads(text[len('"label": '):].rstrip(",")), None, 0
            elif text.startswith('"name": '):
                name = json.loads(text[len('"name": '):].rstrip(","))
            elif text.startswith('"articles": ['):
                in_articles = not text.endswith("],") and not text.endswith("]")
            elif in_articles:
                if text.startswith("]"):
                    in_articles = False
                    if label in ("Method", "Model", "Dataset") and articles == 1 and name and re.fullmatch(r"[A-Za-z][A-Za-z0-9-]{3,}", name):
                        names.add(name)
                else:
                    articles += 1
    return names


def count_edit(lines, graph_json):
    """The first body line after the middle with a sentence, not quoted as evidence, that names an entity only its
    article names, with "<name>的表现。" added after that sentence: (line index, edited line). Only the candidate
    sentences are held while graph.json is read, so this process stays small (see evidence_edit)."""
    names = sorted(single_article_names(graph_json))
    candidates = []
    for i in range(len(lines) // 2, min(len(lines), len(lines) // 2 + 2000)):
        line = lines[i]
        for name in names:
            at = line.find(name)
            start, end = line.rfind("。", 0, max(at, 0)) + 1, line.find("。", max(at, 0))
            if at > 0 and start > 0 and end > at:
                candidates.append((i, name, end, json.dumps(line[start:end + 1].strip(), ensure_ascii=False)))
        if len(candidates) >= 50:
            break
    sentences = {candidate[3] for candidate in candidates}
    quoted = set()
    with open(graph_json, encoding="utf-8") as f:
        for row in f:
            value = row.strip().removeprefix('"sentence": ').rstrip(",")
            if value in sentences:
                quoted.add(value)
    for i, name, end, sentence in candidates:
        if sentence not in quoted:
            return i, lines[i][:end + 1] + name + "的表现。" + lines[i][end + 1:]
    sys.exit("no sentence naming a single-article entity found after the middle of the input")


def prepare(work, how):
    """Builds digest as asked and gives the command that runs it."""
    if how == "jit":
        subprocess.run(["dotnet", "build", CLI, "-c", "Release", "-v", "q", "-nologo"], check=True, stdout=subprocess.DEVNULL)
        return ["dotnet", os.path.join(CLI, "bin", "Release", "net10.0", "digest.dll")]
    app = os.path.join(work, "digest-app")
    native = how == "native"
    subprocess.run(["dotnet", "publish", CLI, "-c", "Release", "--use-current-runtime", "-o", app, "-v", "q", "-nologo",
                    f"-p:PublishAot={str(native).lower()}"], check=True, stdout=subprocess.DEVNULL)
    return [os.path.join(app, "digest")] if native else ["dotnet", os.path.join(app, "digest.dll")]


# Runs each build for this script and reports its wall time and peak RSS. It is started before this process reads the
# input, so it stays small: a child counts the peak RSS of the process it was forked from as the floor of its own
# (Linux keeps it across exec), and this process holds the input and its lines (~170 MB).
LAUNCHER = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    start = time.perf_counter()
    proc = subprocess.Popen(json.loads(line), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    print(json.dumps({"elapsed": elapsed, "code": os.waitstatus_to_exitcode(status), "log": log, "maxrss": usage.ru_maxrss}), flush=True)
"""


def start_launcher():
    return subprocess.Popen([sys.executable, "-S", "-c", LAUNCHER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def build(launcher, digest_command, digest, out, *extra):
    """Runs one build; gives its wall time, its output (stdout and stderr) and its peak RSS in MB (the kernel's count for that process)."""
    launcher.stdin.write(json.dumps([*digest_command, "build", digest, "--out", out, *extra]) + "\n")
    launcher.stdin.flush()
    result = json.loads(launcher.stdout.readline())
    if result["code"] != 0:
        sys.exit(f"digest build failed:\n{result['log']}")
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    peak = result["maxrss"] / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return result["elapsed"], result["log"], peak


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("digest")
    parser.add_argument("--runs", type=int, default=3)
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--jit", action="store_true", help="time the plain Release build instead of the native one")
    how.add_argument("--ready-to-run", action="store_true", help="time the ReadyToRun build instead of the native one")
    args = parser.parse_args()
    launcher = start_launcher()
    with tempfile.TemporaryDirectory(prefix="digest-rebuild-") as work:
        digest_command = prepare(work, "jit" if args.jit else "ready-to-run" if args.ready_to_run else "native")
        digest = os.path.join(work, os.path.basename(args.digest))
        shutil.copyfile(args.digest, digest)
        with open(digest, encoding="utf-8") as f:
            original = f.read()
        lines = original.split("\n")
        period_line = middle_body_line(lines)
        out = os.path.join(work, "out")
        fulls, periods, evidences, counts, links = [], [], [], [], []
        for run in range(1, args.runs + 1):
            write(digest, original)
            full, _, full_peak = build(launcher, digest_command, digest, out, "--no-cache")
            if run == 1:
                evidence_line, evidence_text = evidence_edit(lines, os.path.join(out, "graph.json"))
                count_line, count_text = count_edit(lines, os.path.join(out, "graph.json"))
            fulls.append(full)
            report = [f"run {run}: clean build {full:.2f} s (peak {full_peak:.0f} MB)"]
            for name, index, text, times in (("period", period_line, lines[period_line] + "。", periods),
                                             ("evidence", evidence_line, evidence_text, evidences),
                                             ("count", count_line, count_text, counts),
                                             ("link", period_line, "本文基于 FlashAttention 方法。" + lines[period_line], links)):
                write(digest, "\n".join(lines[:index] + [text] + lines[index + 1:]))
                rebuild, log, peak = build(launcher, digest_command, digest, out)
                write(digest, original)
                build(launcher, digest_command, digest, out)
                times.append(rebuild)
                report.append(f"{name} edit {rebuild:.2f} s (peak {peak:.0f} MB; {100 * rebuild / full:.0f}%; {what_happened(log)})")
            print(", ".join(report))
        full = statistics.median(fulls)
        shares = ", ".join(f"after the {name} edit {statistics.median(times):.2f} s ({100 * statistics.median(times) / full:.0f}%)"
                           for name, times in (("period", periods), ("evidence", evidences), ("count", counts), ("link", links)))
        print(f"median: clean build {full:.2f} s; rebuild {shares}; edited lines {period_line + 1}, {evidence_line + 1} and {count_line + 1}")


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def what_happened(log):
    """What a rebuild did, from its step lines."""
    if "Graph unchanged" in log:
        return "graph unchanged, outputs kept"
    patched = re.search(r"so (\d+) record\(s\) were replaced", log)
    if patched:
        return f"records patched, {patched.group(1)} record(s) replaced in each export"
    copied = re.search(r"write: (\d+) of (\d+) records copied[^\n]*?(?:the fields before the metrics of (\d+) more)?$", log, re.MULTILINE)
    metrics = "metrics reused" if "compute metrics: reused" in log else "metrics computed"
    if not copied:
        return metrics
    heads = f", the fields before the metrics of {copied.group(3)} more" if copied.group(3) else ""
    return f"{metrics}, {copied.group(1)} of {copied.group(2)} records copied{heads}"


if __name__ == "__main__":
    main()
