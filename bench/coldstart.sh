#!/usr/bin/env bash
# usage: bench/coldstart.sh label [NAME=value...] — times ./run.sh to "Renewal is running" on an empty store, then RSS
cd "$(dirname "$0")/.."
label=$1; shift
rm -rf /tmp/cs-data; LOG=/tmp/cs-$label.log
start=$(date +%s.%N)
env "$@" RENEWAL_DATA_DIR=/tmp/cs-data setsid ./run.sh > "$LOG" 2>&1 &
SUITE=$!
until grep -q "Renewal is running" "$LOG"; do
  kill -0 $SUITE 2>/dev/null || { tail -20 "$LOG"; echo failed; exit 1; }
  sleep 0.2
done
cold=$(echo "$(date +%s.%N) - $start" | bc)
sleep 5
rss_kb=0
for pid in $( { pgrep -f "$(pwd)/deploy/local/target/lib" || true
                pgrep -f "jar ([^ ]*/)?(deploy/local/dev-issuer|survey-service|plan-service|project-service|funding-service|governance-service|gateway)/target" || true
              } | sort -u); do
  kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  rss_kb=$((rss_kb + kb))
done
echo "$label: cold start $cold s, RSS $((rss_kb / 1024)) MB"
kill -TERM -- -$SUITE; while kill -0 $SUITE 2>/dev/null; do sleep 0.5; done
