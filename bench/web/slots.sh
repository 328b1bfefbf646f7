#!/usr/bin/env bash
# Load run of GET /api/coaches/{id}/slots on loopback: the Release app on a throwaway data folder, one coach in
# Europe/London with 30-minute sessions Monday to Friday 09:00–17:00 and a few bookings, asked for the widest range
# range (62 days, or [days]) in America/New_York.
# Usage: bash bench/web/slots.sh [seconds=15] [connections=8] [wrk threads=2] [days=62]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-15}
connections=${2:-8}
threads=${3:-2}
days=${4:-62}
port=5098
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }

dotnet build src/Mend.Web -c Release -nologo -v quiet
data=$(mktemp -d)
dotnet src/Mend.Web/bin/Release/net10.0/Mend.Web.dll --urls "$base" --Mend:DataDirectory="$data" \
  --Mend:RateLimits:SignInPerMinute=0 --Logging:LogLevel:Default=Warning >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -fs "$base/health" >/dev/null && break; sleep 0.2; done

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
post() { curl -fs -X "${3:-POST}" -H 'Content-Type: application/json' ${token:+-H "Authorization: Bearer $token"} -d "$2" "$base$1"; }
post /api/account/register '{"email":"coach@example.com","password":"a long bench password"}' >/dev/null
token=$(post /api/account/login '{"email":"coach@example.com","password":"a long bench password"}' | json '["accessToken"]')
coach=$(post /api/coach/profile '{"displayName":"Bench Coach","timeZone":"Europe/London"}' | json '["id"]')
type=$(post /api/coach/session-types '{"name":"Free first session","minutes":30}' | json '["id"]')
week=$(python3 -c "import json; print(json.dumps({'weekly':[{'day':d,'start':'09:00','end':'17:00'} for d in ['monday','tuesday','wednesday','thursday','friday']]}))")
post /api/coach/availability "$week" PUT >/dev/null
from=$(date -u -d tomorrow +%F); to=$(date -u -d "tomorrow + $((days - 1)) days" +%F)
url="/api/coaches/$coach/slots?from=$from&to=$to&timeZone=America/New_York&sessionTypeId=$type"
unset token
for start in $(curl -fs "$base$url" | python3 -c "import json,sys; print(' '.join(s['start'] for s in json.load(sys.stdin)[::40]))"); do
  post /api/bookings "{\"coachId\":\"$coach\",\"sessionTypeId\":\"$type\",\"start\":\"$start\",\"name\":\"Bench Booker\",\"email\":\"booker@example.com\"}" >/dev/null
done
echo "== $(curl -fs "$base$url" | json '.__len__()') slots per response ($(curl -fs "$base$url" | wc -c) bytes)"

echo "== warm-up (5 s)"
wrk -t2 -c"$connections" -d5s "$base$url" >/dev/null
echo "== measured (${seconds} s, ${connections} connections, ${threads} wrk threads)"
wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$base$url"
