#!/usr/bin/env bash
# The benchmark suite (issue 12; never part of ./mvnw verify): starts the whole suite with ./run.sh, measures it
# side by side with its baselines on this machine, and rewrites the "Benchmarks" section of docs/performance.md.
#
#   bench/run.sh [rounds] [seconds per run]        defaults: 3 rounds of 10 s
#
# Environment: BENCH_CONNECTIONS (16), BENCH_RATE (fixed rate, 2000 req/s), BENCH_IMPORT_COMMUNITIES (220000; the
# register has 1,000,000 buildings per 220,000 communities), BENCH_HOP_SAMPLES (200 per round), MONGODB_URI (an empty
# MongoDB for the suite, the probes and the baseline instead of the development stand-in). At its defaults the run
# takes about half an hour on 2 cores, about ten minutes of it the national import.
#
# Needs wrk (Debian: apt-get install wrk) and autocannon (npm install -g autocannon) for HTTP load, bc, and a JDK;
# the baselines (a bare one-route Spring Cloud Gateway, the event hop, the raw driver's insertMany, Kafka's own
# EndToEndLatency) are built from the bench module (./mvnw -Pbench). The load generator is pinned to the last core
# (taskset) where there is more than one; the suite runs on the others as scheduled. Each comparison runs both sides
# in every round, interleaved, after a warm-up; medians and the spread (min–max) over the rounds are reported.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ROUNDS=${1:-3}
SECONDS_PER_RUN=${2:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
RATE=${BENCH_RATE:-2000}
IMPORT_COMMUNITIES=${BENCH_IMPORT_COMMUNITIES:-220000}
HOP_SAMPLES=${BENCH_HOP_SAMPLES:-200}
# Cold start and RSS are measured as ./run.sh starts by default (C1 only: quickest start, least memory). The other
# figures run the JVMs as the container images do, with the full JIT (C2): what users of a deployment feel; the
# bare gateway gets the same options.
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms64m -Xmx384m -XX:+UseSerialGC}
# the applications' runtime, as ./run.sh picks it (a JDK 25+ where there is one); the bare gateway runs on the same
. "$ROOT/deploy/local/runtime.sh"
BARE_JAVA_OPTS=$JAVA_OPTS
[ "$(java_major "$JAVA")" -ge 25 ] && BARE_JAVA_OPTS="$JAVA_OPTS -XX:+UseCompactObjectHeaders"
DOC=docs/performance.md
for tool in wrk autocannon bc curl java; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (see the head of bench/run.sh)"; exit 1; }
done
CORES=$(nproc)
PIN=""
[ "$CORES" -gt 1 ] && command -v taskset >/dev/null && PIN="taskset -c $((CORES - 1))"
BENCH_CP="$ROOT/bench/target/classes:$ROOT/bench/target/lib/*"
STORE=${MONGODB_URI:-mongodb://localhost:27017}

WORK=$(mktemp -d)
LOG=$WORK/suite.log
cleanup() {
  [ -n "${BARE:-}" ] && kill "$BARE" 2>/dev/null
  [ -n "${SUITE:-}" ] && kill -TERM -- "-$SUITE" 2>/dev/null
  sleep 5
  rm -rf "$WORK"
}
trap cleanup EXIT
say() { printf '[bench] %s\n' "$*" >&2; }
col() { awk -v c="$2" '{print $c}' "$1"; }
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
spread() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s–%s", lo, hi }'; }
verdict() { if [ "$(echo "$1" | bc)" = 1 ]; then echo "met"; else echo "**not met**"; fi; }
ratio() { echo "scale=2; $1 / $2" | bc | sed 's/^\./0./'; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICK=$(getconf CLK_TCK)
token() { deploy/local/token.sh district-tiexi; }

# ---- build: the suite and the baselines (not counted) ----
say "building the suite and the bench module"
./mvnw -q -B -DskipTests install >/dev/null
./mvnw -q -B -Pbench -pl bench -DskipTests package >/dev/null
# the start-up caches ./run.sh makes once per build (Java 25+), for both sets of options measured below
./run.sh --prepare >/dev/null 2>&1 || { echo "./run.sh --prepare failed"; exit 1; }
RENEWAL_JAVA_OPTS="$JAVA_OPTS" ./run.sh --prepare >/dev/null 2>&1 || { echo "./run.sh --prepare failed"; exit 1; }

# ---- cold start: from launching the JVMs to every process healthy, on an empty store of its own (data/ is left alone) ----
start_suite() { # extra environment for ./run.sh, as NAME=value words
  rm -rf "$WORK/data"
  env "$@" RENEWAL_DATA_DIR="$WORK/data" GATEWAY_RATE_LIMIT_REQUESTS=100000000 setsid ./run.sh >"$LOG" 2>&1 &
  SUITE=$!
  until grep -q "Renewal is running" "$LOG"; do
    kill -0 "$SUITE" 2>/dev/null || { cat "$LOG"; echo "the suite did not start"; exit 1; }
    sleep 0.5
  done
}
stop_suite() {
  kill -TERM -- "-$SUITE" 2>/dev/null
  while kill -0 "$SUITE" 2>/dev/null; do sleep 0.5; done
  SUITE=""
}
# the benchmark's client would otherwise be rate-limited like any other (200/s)
start=$(date +%s.%N)
start_suite
cold=$(echo "$(date +%s.%N) - $start" | bc)
sleep 5
rss_kb=0
for pid in $( { pgrep -f "$ROOT/deploy/local/target/lib" || true
                pgrep -f "jar ([^ ]*/)?(deploy/local/dev-issuer|survey-service|plan-service|project-service|funding-service|governance-service|gateway)/target" || true
              } | sort -u); do
  kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  rss_kb=$((rss_kb + kb))
done
rss_mb=$((rss_kb / 1024))
say "cold start $cold s, RSS $rss_mb MB (./run.sh defaults)"
stop_suite
start=$(date +%s.%N)
start_suite RENEWAL_JAVA_OPTS="$JAVA_OPTS"
cold_jit=$(echo "$(date +%s.%N) - $start" | bc)
say "cold start with the full JIT $cold_jit s; the other figures run so"

# ---- the bare one-route gateway beside ours, with the same JVM options ----
"$JAVA" $BARE_JAVA_OPTS -cp "$BENCH_CP" org.renewal.bench.BareGateway --server.port=8090 >"$WORK/bare.log" 2>&1 &
BARE=$!
until curl -s -o /dev/null "http://localhost:8090/api/survey/communities"; do
  kill -0 "$BARE" 2>/dev/null || { cat "$WORK/bare.log"; echo "the bare gateway did not start"; exit 1; }
  sleep 0.5
done

TOKEN=$(token)
ID=$(curl -s -X POST localhost:8080/api/survey/communities -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"name\":\"基准小区-$(date +%s)\",\"districtCode\":\"220302\",\"streetCode\":\"220302001\",\"buildYear\":1994,
       \"buildings\":[{\"number\":\"1\",\"floors\":6,\"households\":48,\"floorArea\":3120.50}]}" \
  | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
[ -n "$ID" ] || { echo "could not register the benchmark's community"; exit 1; }

GATEWAY_GET="http://localhost:8080/api/survey/communities/$ID"
BARE_GET="http://localhost:8090/api/survey/communities/$ID"
DIRECT_GET="http://localhost:8081/api/survey/communities/$ID"
DIRECT_HELLO="http://localhost:8081/livez"
# (target/aot/: the jar extracted for its AOT cache, as ./run.sh starts it on Java 25)
GATEWAY_PID=$(pgrep -f "gateway/target/(aot/)?gateway-0.1.0-SNAPSHOT.jar" | head -1)

# one wrk run at saturation: prints "requests/s p50_ms p99_ms requests"
run() {
  local url=$1 seconds=$2
  $PIN wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" --latency -H "Authorization: Bearer $TOKEN" "$url" | awk '
    function ms(v) { if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms$/, "", v); return v }
                     if (v ~ /s$/) { sub(/s$/, "", v); return v * 1000 } return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /requests in/ { n = $1 } /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad = $NF }
    END { if (bad > 0) { print "non-2xx answers: " bad > "/dev/stderr" } printf "%.0f %.3f %.3f %d\n", rps, p50, p99, n }'
}

# one autocannon run at a fixed rate: prints "requests/s p50_ms p99_ms requests"
fixed() {
  local url=$1 seconds=$2 rate=$3
  $PIN autocannon -c "$CONNECTIONS" -d "$seconds" -R "$rate" --json -H "Authorization=Bearer $TOKEN" "$url" 2>/dev/null \
    | node -e 'let s = ""; process.stdin.on("data", d => s += d).on("end", () => { const r = JSON.parse(s);
        if (r.non2xx > 0) console.error("non-2xx answers: " + r.non2xx);
        console.log(Math.round(r.requests.average), r.latency.p50.toFixed(3), r.latency.p99.toFixed(3), r.requests.total); })'
}

# CPU of a process per request during one run, in µs: "pid before-ticks after-ticks requests"
cpu_per_request() { awk -v t="$TICK" '{ printf "%.1f\n", ($3 - $2) / t * 1e6 / $4 }'; }

say "warming up (the JIT compiles the hot paths)…"
for _ in 1 2 3; do
  for url in "$GATEWAY_GET" "$BARE_GET" "$DIRECT_GET" "$DIRECT_HELLO"; do run "$url" 15 >/dev/null; done
done
# the gateway has the most code on the hot path: load it until two runs in a row agree within 5 % (C2 done)
previous=0
for _ in $(seq 1 20); do
  now=$(run "$GATEWAY_GET" 15 | awk '{print $1}')
  [ "$previous" -gt 0 ] && [ "$(echo "$now < $previous * 1.05 && $now > $previous * 0.95" | bc)" = 1 ] && break
  previous=$now
done
say "gateway warm at $now req/s"

for f in gw bare direct hello gwcpu barecpu; do : >"$WORK/$f"; done
for ((r = 1; r <= ROUNDS; r++)); do
  before=$(cpu_ticks "$GATEWAY_PID"); line=$(run "$GATEWAY_GET" "$SECONDS_PER_RUN"); after=$(cpu_ticks "$GATEWAY_PID")
  echo "$line" >>"$WORK/gw"; echo "x $before $after $(echo "$line" | awk '{print $4}')" | cpu_per_request >>"$WORK/gwcpu"
  before=$(cpu_ticks "$BARE"); line=$(run "$BARE_GET" "$SECONDS_PER_RUN"); after=$(cpu_ticks "$BARE")
  echo "$line" >>"$WORK/bare"; echo "x $before $after $(echo "$line" | awk '{print $4}')" | cpu_per_request >>"$WORK/barecpu"
  run "$DIRECT_GET" "$SECONDS_PER_RUN" >>"$WORK/direct"
  run "$DIRECT_HELLO" "$SECONDS_PER_RUN" >>"$WORK/hello"
  say "round $r: gateway $(tail -1 "$WORK/gw") | bare $(tail -1 "$WORK/bare") | direct $(tail -1 "$WORK/direct") | hello $(tail -1 "$WORK/hello")"
done
gw_rps=$(col "$WORK/gw" 1 | median); bare_rps=$(col "$WORK/bare" 1 | median)
direct_rps=$(col "$WORK/direct" 1 | median); hello_rps=$(col "$WORK/hello" 1 | median)
gw_p50=$(col "$WORK/gw" 2 | median); direct_p50=$(col "$WORK/direct" 2 | median)
gw_p99=$(col "$WORK/gw" 3 | median); direct_p99=$(col "$WORK/direct" 3 | median)
gw_cpu=$(median <"$WORK/gwcpu"); bare_cpu=$(median <"$WORK/barecpu")
gw_ratio=$(ratio "$gw_rps" "$direct_rps"); bare_ratio=$(ratio "$bare_rps" "$direct_rps")
domain_ratio=$(ratio "$direct_rps" "$hello_rps")
added_p50=$(echo "$gw_p50 - $direct_p50" | bc); added_p99=$(echo "$gw_p99 - $direct_p99" | bc)

# ---- a fixed rate the machine sustains: half of what our gateway sustains at saturation (at most BENCH_RATE), the same
# rate through our gateway, through the bare one and direct, interleaved ----
rate=$RATE
half=$((gw_rps / 2))
[ "$half" -lt "$rate" ] && rate=$half
for f in fgw fbare fdirect; do : >"$WORK/$f"; done
for ((r = 1; r <= ROUNDS; r++)); do
  fixed "$GATEWAY_GET" "$SECONDS_PER_RUN" "$rate" >>"$WORK/fgw"
  fixed "$BARE_GET" "$SECONDS_PER_RUN" "$rate" >>"$WORK/fbare"
  fixed "$DIRECT_GET" "$SECONDS_PER_RUN" "$rate" >>"$WORK/fdirect"
  say "fixed $rate/s round $r: gateway $(tail -1 "$WORK/fgw") | bare $(tail -1 "$WORK/fbare") | direct $(tail -1 "$WORK/fdirect")"
done
fgw_p50=$(col "$WORK/fgw" 2 | median); fdirect_p50=$(col "$WORK/fdirect" 2 | median)
fgw_p99=$(col "$WORK/fgw" 3 | median); fdirect_p99=$(col "$WORK/fdirect" 3 | median)
fbare_p50=$(col "$WORK/fbare" 2 | median); fbare_p99=$(col "$WORK/fbare" 3 | median)
fadded_p50=$(echo "$fgw_p50 - $fdirect_p50" | bc); fadded_p99=$(echo "$fgw_p99 - $fdirect_p99" | bc)
fbare_added_p50=$(echo "$fbare_p50 - $fdirect_p50" | bc); fbare_added_p99=$(echo "$fbare_p99 - $fdirect_p99" | bc)
# autocannon reports whole milliseconds: an added p99 the bare gateway keeps under 1 ms counts as 1 ms
fbare_floor=$(echo "if ($fbare_added_p99 < 1) 1 else $fbare_added_p99" | bc)
kill "$BARE"; BARE=""

# ---- the event hop vs Kafka's own produce→consume on the same broker ----
: >"$WORK/hop"; : >"$WORK/raw"
for ((r = 1; r <= ROUNDS; r++)); do
  TOKEN=$(token)
  java -cp "$BENCH_CP" org.renewal.bench.EventHop http://localhost:8080 "$STORE" "$TOKEN" "$HOP_SAMPLES" 300 1 \
    >>"$WORK/hop"
  java -cp "$BENCH_CP" org.apache.kafka.tools.EndToEndLatency localhost:9092 bench-end-to-end-latency 5000 all 1024 \
    2>/dev/null | awk -F'[=,]' '/Percentiles/ { gsub(/ /, "", $4); print $4 }' >>"$WORK/raw"
  say "event hop round $r: suite p50/p99/max $(tail -1 "$WORK/hop") | raw Kafka p99 $(tail -1 "$WORK/raw") ms"
done
hop_p50=$(col "$WORK/hop" 1 | median); hop_p99=$(col "$WORK/hop" 2 | median); raw_p99=$(median <"$WORK/raw")
# EndToEndLatency reports whole milliseconds: a p99 under 1 ms reads as 0, counted here as 1
raw_floor=$(echo "if ($raw_p99 < 1) 1 else $raw_p99" | bc)
hop_ratio=$(ratio "$hop_p99" "$raw_floor")

# ---- the register import at national scale vs the raw driver's insertMany of the same documents ----
say "importing $IMPORT_COMMUNITIES communities through the gateway…"
PER_FILE=10000
TOKEN=$(token)
jobs=()
start=$(date +%s.%N)
for ((from = 0; from < IMPORT_COMMUNITIES; from += PER_FILE)); do
  n=$((IMPORT_COMMUNITIES - from < PER_FILE ? IMPORT_COMMUNITIES - from : PER_FILE))
  # 6 in 11 communities have 5 buildings, the rest 4: 1,000,000 buildings per 220,000 communities
  awk -v from="$from" -v n="$n" 'BEGIN {
      srand(from);
      print "districtCode,streetCode,name,buildYear,propertyRight,managementStatus,facilityDeficiencies,buildingNumber,floors,households,floorArea";
      for (c = from; c < from + n; c++) {
        street = sprintf("220302%03d", 100 + (c % 800)); year = 1960 + int(rand() * 56); b = (c % 11 < 6) ? 5 : 4;
        for (i = 1; i <= b; i++)
          printf "220302,%s,全国规模-%07d,%d,REFORMED_PUBLIC_HOUSING,NONE,ROOF_LEAKING;ROADS_DAMAGED,%d,6,%d,%d.50\n",
                 street, c, year, i, 12 + int(rand() * 48), 800 + int(rand() * 3200);
      }
    }' >"$WORK/register.csv"
  job=$(curl -sf -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/register.csv" http://localhost:8080/api/survey/imports \
        | sed -E 's/.*"id":"([^"]+)".*/\1/')
  jobs+=("$job")
done
created=0
for job in "${jobs[@]}"; do
  while true; do
    state=$(curl -sf -H "Authorization: Bearer $(token)" "http://localhost:8080/api/survey/imports/$job" || true)
    case "$state" in *'"status":"DONE"'*|*'"status":"FAILED"'*) break ;; esac
    sleep 2
  done
  created=$((created + $(sed -E 's/.*"created":([0-9]+).*/\1/' <<<"$state")))
done
import_seconds=$(echo "$(date +%s.%N) - $start" | bc)
import_rate=$(echo "$created / $import_seconds" | bc)
say "import: $created communities in $import_seconds s"

# ---- the supervision overview with the national register loaded (once plan-service has read every event) ----
say "waiting for plan-service to read every event…"
lag() {
  java -cp "$BENCH_CP" org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server localhost:9092 \
    --describe --group plan-service 2>/dev/null | awk '$6 ~ /^[0-9]+$/ { sum += $6 } END { print sum + 0 }'
}
caught_up_start=$(date +%s)
until [ "$(lag)" = 0 ]; do
  [ $(( $(date +%s) - caught_up_start )) -lt 3600 ] || { echo "plan-service did not catch up within an hour"; exit 1; }
  sleep 10
done
caught_up=$(( $(date +%s) - caught_up_start ))
# the raw baseline on a quiet store (nothing else writing), its best case
read -r raw_docs raw_seconds raw_rate < <(java -Xmx4g -cp "$BENCH_CP" org.renewal.bench.InsertManyBaseline \
  "$STORE" renewal-survey-service communities 1000)
say "insertMany: $raw_docs documents in $raw_seconds s"
import_ratio=$(ratio "$import_rate" "$raw_rate")
TOKEN=$(token)
OVERVIEW="http://localhost:8080/api/plan/programme/overview"
run "$OVERVIEW" 5 >/dev/null
: >"$WORK/overview"
for ((r = 1; r <= ROUNDS; r++)); do
  CONNECTIONS=4 run "$OVERVIEW" "$SECONDS_PER_RUN" >>"$WORK/overview"
  say "overview round $r: $(tail -1 "$WORK/overview")"
done
ov_rps=$(col "$WORK/overview" 1 | median); ov_p50=$(col "$WORK/overview" 2 | median); ov_p99=$(col "$WORK/overview" 3 | median)

section=$(cat <<EOF
<!-- bench:start (written by bench/run.sh; do not edit by hand) -->
## Benchmarks

\`bench/run.sh $ROUNDS $SECONDS_PER_RUN\` on $(date -u +%F): $CORES cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')),
$(free -g | awk '/Mem:/ {print $2}') GiB, $("$JAVA" -version 2>&1 | head -1), the whole suite by \`./run.sh\` (embedded broker and
MongoDB wire server on the same cores) with the JVM options of a deployment (\`RENEWAL_JAVA_OPTS="$JAVA_OPTS"\`,
full JIT; cold start and RSS also as \`./run.sh\` starts by default, C1 only), load from wrk (saturation) and
autocannon (fixed rate) with $CONNECTIONS connections pinned to core $((CORES - 1)), $ROUNDS interleaved rounds of ${SECONDS_PER_RUN} s
after a warm-up (each side 3 × 15 s, the gateway until two 15 s runs agree within 5 %); medians, spread
min–max.

| figure | measured | goal | |
|---|---|---|---|
| GET of a community by id through the gateway vs direct to survey-service: throughput ratio at saturation | $gw_ratio ($gw_rps vs $direct_rps req/s; gateway $(col "$WORK/gw" 1 | spread), direct $(col "$WORK/direct" 1 | spread)) | ≥ 0.9 × the bare gateway's ratio: ≥ $(echo "scale=2; $bare_ratio * 0.9 / 1" | bc | sed 's/^\./0./') | $(verdict "$gw_ratio >= $bare_ratio * 0.9") |
| the same through a bare one-route Spring Cloud Gateway (same JVM options, same run) | $bare_ratio ($bare_rps req/s; $(col "$WORK/bare" 1 | spread)) | (anchor) | |
| gateway CPU per request (token check, limits, correlation, circuit, routing) vs the bare gateway | $gw_cpu µs ($(spread <"$WORK/gwcpu")) vs $bare_cpu µs ($(spread <"$WORK/barecpu")): $(echo "scale=2; $gw_cpu / $bare_cpu" | bc | sed 's/^\./0./')× | ≤ 1.3× | $(verdict "$gw_cpu <= $bare_cpu * 1.3") |
| added latency by the gateway at saturation, p50 / p99 | $added_p50 ms / $added_p99 ms (gateway $gw_p50 / $gw_p99, direct $direct_p50 / $direct_p99) | — | |
| added latency at a fixed $rate req/s (half the gateway's saturation), p50 / p99: our gateway vs the bare one | $fadded_p50 / $fadded_p99 ms vs $fbare_added_p50 / $fbare_added_p99 ms (gateway $fgw_p50 / $fgw_p99, bare $fbare_p50 / $fbare_p99, direct $fdirect_p50 / $fdirect_p99) | p99 ≤ 2 × the bare one's added p99 (at least 1 ms): ≤ $(echo "$fbare_floor * 2" | bc) ms | $(verdict "$fadded_p99 <= $fbare_floor * 2") |
| domain GET by id (token check, place scope, store round trip) vs a minimal endpoint of the same service (\`/livez\`, the liveness probe on the main port) | $domain_ratio ($direct_rps vs $hello_rps req/s) | ≥ 0.7 | $(verdict "$domain_ratio >= 0.7") |
| event hop p99 (registered through the gateway → in plan-service's read model: its database, polled by id every 1 ms; registrations one after another) vs Kafka's \`EndToEndLatency\` p99 (acks=all, 1 KiB, same broker) | $hop_ratio× ($hop_p99 ms, p50 $hop_p50 ms, vs $raw_p99 ms; suite $(col "$WORK/hop" 2 | spread), raw $(spread <"$WORK/raw")) | ≤ 3× | $(verdict "$hop_ratio <= 3") |
| register import of $IMPORT_COMMUNITIES communities ($(( IMPORT_COMMUNITIES * 50 / 11 )) buildings; eligibility, reserve and events included; plan-service reading the events meanwhile) vs raw \`insertMany\` of the stored documents on the quiet store | $import_ratio ($import_rate vs $raw_rate communities/s; $import_seconds s vs $raw_seconds s) | (a figure to watch: it must complete and plan-service catch up) | |
| supervision overview (\`/api/plan/programme/overview\`, through the gateway) with the register loaded, p99 at saturation (4 connections) | $ov_p99 ms (p50 $ov_p50 ms, $ov_rps req/s; $(col "$WORK/overview" 3 | spread)) | ≤ 100 ms | $(verdict "$ov_p99 <= 100") |
| whole suite RSS after start (Kafka, MongoDB wire server, issuer, five services, gateway), \`./run.sh\` defaults | $rss_mb MB | ≤ 1,500 MB | $(verdict "$rss_mb <= 1500") |
| cold start to all healthy (jars built, empty store), \`./run.sh\` defaults | $(printf '%.1f' "$cold") s (with the full JIT: $(printf '%.1f' "$cold_jit") s) | ≤ 30 s | $(verdict "$cold <= 30") |

plan-service had read every event of the import $caught_up s after the import ended.
<!-- bench:end -->
EOF
)
if grep -q "bench:start" "$DOC"; then
  awk -v s="$section" 'BEGIN { skip = 0 } /bench:start/ { print s; skip = 1; next } /bench:end/ { skip = 0; next } !skip { print }' "$DOC" >"$DOC.new"
else
  { cat "$DOC"; echo; echo "$section"; } >"$DOC.new"
fi
mv "$DOC.new" "$DOC"
echo "$section"
