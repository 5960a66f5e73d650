#!/usr/bin/env python3
"""Times a one-article rebuild against a clean build of the same digest, each `digest build` in a
fresh process as a user runs it, alternating, and prints every run and the medians.

usage: tools/bench-rebuild.py DIGEST_FILE [--runs N] [--jit]

The input is copied into a temporary folder under its own name (the name is the articles'
source). Each run builds the copy from scratch (--no-cache) into a folder, then appends "。" to one
body line of the article in the middle of the file, builds again into the same folder (the
rebuild: one article re-extracted, the rest from the cache, unchanged records copied from the
last exports) and takes the edit back. It times `digest` published as README (`digest build`) shows (ReadyToRun,
into a temporary folder); --jit times the plain Release build instead (every method compiled at run time).
"""
import argparse
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


def prepare(work, jit):
    """Builds digest as asked and gives the path of its digest.dll."""
    if jit:
        subprocess.run(["dotnet", "build", CLI, "-c", "Release", "-v", "q", "-nologo"], check=True, stdout=subprocess.DEVNULL)
        return os.path.join(CLI, "bin", "Release", "net10.0", "digest.dll")
    app = os.path.join(work, "digest-app")
    subprocess.run(["dotnet", "publish", CLI, "-c", "Release", "--use-current-runtime", "-o", app, "-v", "q", "-nologo"], check=True, stdout=subprocess.DEVNULL)
    return os.path.join(app, "digest.dll")


def build(dll, digest, out, *extra):
    """Runs one build; gives its wall time, its stderr and its peak RSS in MB (the kernel's count for that process)."""
    start = time.perf_counter()
    proc = subprocess.Popen(["dotnet", dll, "build", digest, "--out", out, *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"digest build failed:\n{log}")
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return elapsed, log, peak


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("digest")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jit", action="store_true", help="time the plain Release build instead of the ReadyToRun one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="digest-rebuild-") as work:
        dll = prepare(work, args.jit)
        digest = os.path.join(work, os.path.basename(args.digest))
        shutil.copyfile(args.digest, digest)
        with open(digest, encoding="utf-8") as f:
            original = f.read()
        lines = original.split("\n")
        edited_line = middle_body_line(lines)
        lines[edited_line] += "。"
        edited = "\n".join(lines)
        out = os.path.join(work, "out")
        fulls, rebuilds = [], []
        for run in range(1, args.runs + 1):
            with open(digest, "w", encoding="utf-8") as f:
                f.write(original)
            full, _, full_peak = build(dll, digest, out, "--no-cache")
            with open(digest, "w", encoding="utf-8") as f:
                f.write(edited)
            rebuild, log, rebuild_peak = build(dll, digest, out)
            copied = re.search(r"write: (\d+) of (\d+) records copied", log)
            fulls.append(full)
            rebuilds.append(rebuild)
            note = f", {copied.group(1)} of {copied.group(2)} records copied" if copied else ""
            print(f"run {run}: clean build {full:.2f} s (peak {full_peak:.0f} MB), one-article rebuild {rebuild:.2f} s "
                  f"(peak {rebuild_peak:.0f} MB; {100 * rebuild / full:.0f}%){note}")
        full, rebuild = statistics.median(fulls), statistics.median(rebuilds)
        print(f"median: clean build {full:.2f} s, one-article rebuild {rebuild:.2f} s ({100 * rebuild / full:.0f}% of a clean build); edited line {edited_line + 1}")


if __name__ == "__main__":
    main()
