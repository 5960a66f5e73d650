#!/usr/bin/env bash
# The project's test command (README "Run the tests"): installs what the tests need, checks
# formatting, builds with warnings as errors, runs every test, checks the native executable
# (tools/check-native.sh) and prints a closing count.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ -f tools/cypher-lint/package.json ]; then
  (cd tools/cypher-lint && npm ci --no-audit --no-fund --loglevel=error)
fi
dotnet format Digest.sln --verify-no-changes
results=$(mktemp -d)
status=0
dotnet test Digest.sln --logger "trx" --results-directory "$results" || status=$?
# The native executable README installs, against the JIT build the tests just made.
tools/check-native.sh src/Cli/bin/Debug/net10.0/digest.dll || status=1
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed")); failed += int(c.get("failed")); skipped += int(c.get("total")) - int(c.get("executed"))
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
rm -rf "$results"
exit $status
