#!/usr/bin/env bash
# Fuzzes every chat reader through ChatImport.Open for SECONDS (default 300), with format detection and with each
# format forced. Coverage-guided with afl-fuzz + SharpFuzz when afl-fuzz is installed (apt-get install afl++);
# otherwise a random mutation loop over the same seeds. Seeds: every fixture under tests/Mend.Import.Tests/Fixtures
# plus tools/fuzz/seeds. Output in tools/fuzz/out/: crashes are replayed at the end with their stack traces.
#
#   tools/fuzz.sh [SECONDS]           afl-fuzz when available, else the mutation loop
#   MEND_FUZZ=mutate tools/fuzz.sh    the mutation loop even when afl-fuzz is there
# Exit code 0 when nothing crashed, 1 when something did.
set -euo pipefail

seconds="${1:-300}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/tools/fuzz/out"
project="$root/tools/fuzz/Mend.Fuzz/Mend.Fuzz.csproj"
rm -rf "$out/seeds" "$out/plain" "$out/afl"
mkdir -p "$out"

echo "== building the fuzz harness"
dotnet publish "$project" -c Release -o "$out/plain" --nologo -v quiet
dotnet "$out/plain/Mend.Fuzz.dll" --seeds "$out/seeds" "$root/tests/Mend.Import.Tests/Fixtures" "$root/tools/fuzz/seeds"

mode="${MEND_FUZZ:-auto}"
if [[ "$mode" == "auto" ]]; then
  if command -v afl-fuzz >/dev/null && (cd "$root" && dotnet tool restore >/dev/null); then
    mode=afl
  else
    echo "afl-fuzz or the SharpFuzz tool is not available (apt-get install afl++; dotnet tool restore): using the mutation loop"
    mode=mutate
  fi
fi

status=0
if [[ "$mode" == "afl" ]]; then
  echo "== instrumenting Mend.Import and Mend.Core for afl-fuzz"
  cp -r "$out/plain" "$out/afl"
  (cd "$root" && dotnet tool run sharpfuzz "$out/afl/Mend.Import.dll" && dotnet tool run sharpfuzz "$out/afl/Mend.Core.dll")
  echo "== afl-fuzz for $seconds s"
  rm -rf "$out/findings"
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 \
    afl-fuzz -V "$seconds" -i "$out/seeds" -o "$out/findings" -t 10000 -m none -- dotnet "$out/afl/Mend.Fuzz.dll" \
    > "$out/afl.log" 2>&1 || { echo "afl-fuzz stopped with an error:"; tail -30 "$out/afl.log"; exit 2; }
  grep -E "^\[\+\]|execs_done|saved_crashes|saved_hangs" "$out/findings/default/fuzzer_stats" 2>/dev/null | head -20 || true
  shopt -s nullglob
  found=("$out"/findings/default/crashes/id* "$out"/findings/default/hangs/id*)
  if (( ${#found[@]} > 0 )); then
    echo "== replaying ${#found[@]} crashes and hangs"
    dotnet "$out/plain/Mend.Fuzz.dll" --run "${found[@]}" || status=1
  else
    echo "no crashes and no hangs"
  fi
else
  echo "== mutation loop for $seconds s"
  dotnet "$out/plain/Mend.Fuzz.dll" --mutate "$seconds" "$out/seeds" "$out/crashes" || status=1
fi

exit "$status"
