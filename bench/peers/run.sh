#!/usr/bin/env bash
# Mend's engine beside VADER and AFINN on the same generated corpus, in one run, one core each.
# Usage: bash bench/peers/run.sh [MESSAGES]   (default 200000; needs the .NET SDK, Node and npm)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
count=${1:-200000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$root/bench/Mend.Benchmarks" -c Release -v quiet -nologo >/dev/null
bench="$root/bench/Mend.Benchmarks/bin/Release/net10.0/Mend.Benchmarks.dll"
dotnet "$bench" corpus "$work/corpus.txt" "$count" >/dev/null
(cd "$here" && npm install --no-audit --no-fund --silent >/dev/null)

# taskset pins each engine to one core so the comparison is per core.
pin() { if command -v taskset >/dev/null; then taskset -c 0 "$@"; else "$@"; fi; }
ours=$(pin dotnet "$bench" rate "$work/corpus.txt")
peers=$(pin node "$here/peers.js" "$work/corpus.txt")

mend=$(echo "$ours" | cut -f2)
afinn=$(echo "$peers" | awk -F'\t' '$1=="afinn"{print $2}')
vader=$(echo "$peers" | awk -F'\t' '$1=="vader"{print $2}')
printf '%s messages, %s bytes, one core\n\n' "$count" "$(wc -c < "$work/corpus.txt")"
printf '| engine | messages/s | Mend ÷ engine |\n|---|---:|---:|\n'
printf '| Mend (14 labels, findings, explanations; wording on demand) | %s | 1.0 |\n' "$mend"
printf '| AFINN (npm sentiment) | %s | %s |\n' "$afinn" "$(awk -v a="$mend" -v b="$afinn" 'BEGIN{printf "%.1f", a/b}')"
printf '| VADER (npm vader-sentiment) | %s | %s |\n' "$vader" "$(awk -v a="$mend" -v b="$vader" 'BEGIN{printf "%.1f", a/b}')"
printf '\nMend allocations: %s\n' "$(echo "$ours" | cut -f3)"
