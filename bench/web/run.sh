#!/usr/bin/env bash
# Load run of POST /api/check on loopback: the Release app with rate limits off, a throwaway data folder, wrk with
# bench/web/check.lua. Usage: bash bench/web/run.sh [seconds=20] [connections=32] [wrk threads=2]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
connections=${2:-32}
threads=${3:-2}
port=5099
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }

dotnet build src/Mend.Web -c Release -nologo -v quiet
data=$(mktemp -d)
dotnet src/Mend.Web/bin/Release/net10.0/Mend.Web.dll --urls "http://127.0.0.1:$port" \
  --Mend:DataDirectory="$data" --Mend:RateLimits:AnalysisPerMinute=0 --Logging:LogLevel:Default=Warning >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done

echo "== warm-up (5 s)"
wrk -t2 -c"$connections" -d5s -s bench/web/check.lua "http://127.0.0.1:$port/api/check" >/dev/null
echo "== measured (${seconds} s, ${connections} connections, ${threads} wrk threads)"
wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s bench/web/check.lua "http://127.0.0.1:$port/api/check"
