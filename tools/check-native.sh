#!/usr/bin/env bash
# Checks the native executable README installs (`dotnet publish src/Cli`, Native AOT): it builds samples/ into the very
# bytes the JIT-compiled digest writes, and answers every analysis command in JSON the same, since it has no reflection
# to fall back on where code would need it.
# usage: tools/check-native.sh DIGEST_DLL   (a JIT build of digest, e.g. src/Cli/bin/Debug/net10.0/digest.dll)
set -euo pipefail
cd "$(dirname "$0")/.."
jit=(dotnet "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$SECONDS
if ! dotnet publish src/Cli -c Release --use-current-runtime -o "$work/app" -nologo -v q > "$work/publish.log" 2>&1; then
  cat "$work/publish.log"
  echo "native build: dotnet publish failed"
  exit 1
fi
native=("$work/app/digest")
# Runs one digest command with its output in a file; on failure shows what it said and stops.
run() {
  local output=$1 name=$2
  shift 2
  if ! "$@" > "$output" 2> "$work/stderr"; then
    cat "$output" "$work/stderr"
    echo "native build: the $name build failed: $*"
    exit 1
  fi
}
run "$work/jit.log" JIT "${jit[@]}" build samples/ --out "$work/jit"
run "$work/native.log" native "${native[@]}" build samples/ --out "$work/native"
files=(graph.json graph.graphml import.cypher style.grss)
for file in "${files[@]}"; do
  if ! cmp "$work/jit/$file" "$work/native/$file"; then
    echo "native build: $file differs from the JIT build's"
    exit 1
  fi
done
answers=0
while read -r -a command; do
  run "$work/jit.answer" JIT "${jit[@]}" "${command[@]}" --graph "$work/jit/graph.json" --format json
  run "$work/native.answer" native "${native[@]}" "${command[@]}" --graph "$work/jit/graph.json" --format json
  if ! cmp -s "$work/jit.answer" "$work/native.answer"; then
    echo "native build: 'digest ${command[*]}' answers differently:"
    diff "$work/jit.answer" "$work/native.answer" | head -20
    exit 1
  fi
  answers=$((answers + 1))
done <<'COMMANDS'
show RoPE
show MLA
top --by betweenness -n 5
top --by in-degree --relation BUILDS_ON
path ReRoPE NTK
lineage NTK --down
lineage RoPE --up --via BUILDS_ON,USES,INTRODUCES
lineage --roots
communities
stats
COMMANDS
echo "native build: published in $((SECONDS - start)) s; the sample's ${#files[@]} outputs and $answers JSON answers are those of the JIT build"
