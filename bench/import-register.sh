#!/usr/bin/env bash
# Benchmark: import of the register through the gateway (survey-service), reported as communities/s.
# Needs the suite running (./run.sh) and the dev issuer. Not part of ./mvnw verify.
#
#   bench/import-register.sh [communities per file] [files] [buildings per community]
#
# Generates files of synthetic communities for district 220302 (one row per building), imports them
# one after another, and prints rows, communities, seconds and the rate per file and overall.
set -euo pipefail
cd "$(dirname "$0")/.."
PER_FILE=${1:-2500}
FILES=${2:-1}
BUILDINGS=${3:-4}
GATEWAY=${GATEWAY:-http://localhost:8080}
TOKEN=$(deploy/local/token.sh district-tiexi)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
RUN=$(date +%s)

total_communities=0
start_all=$(date +%s.%N)
for ((f = 0; f < FILES; f++)); do
  file="$WORK/register-$f.csv"
  awk -v n="$PER_FILE" -v b="$BUILDINGS" -v f="$f" -v run="$RUN" 'BEGIN {
      srand(run + f);
      print "districtCode,streetCode,name,buildYear,propertyRight,managementStatus,facilityDeficiencies,buildingNumber,floors,households,floorArea";
      for (c = 0; c < n; c++) {
        street = sprintf("220302%03d", 100 + (c % 800)); year = 1960 + int(rand() * 56);
        for (i = 1; i <= b; i++)
          printf "220302,%s,bench-%s-%d-%06d,%d,REFORMED_PUBLIC_HOUSING,NONE,ROOF_LEAKING;ROADS_DAMAGED;STREET_LIGHTS_MISSING,%d,6,%d,%d.50\n",
                 street, run, f, c, year, i, 12 + int(rand() * 48), 800 + int(rand() * 3200);
      }
    }' > "$file"
  start=$(date +%s.%N)
  job=$(curl -sf -H "Authorization: Bearer $TOKEN" -F "file=@$file" "$GATEWAY/api/survey/imports" \
        | sed -E 's/.*"id":"([^"]+)".*/\1/')
  while true; do
    state=$(curl -sf -H "Authorization: Bearer $TOKEN" "$GATEWAY/api/survey/imports/$job")
    case "$state" in *'"status":"DONE"'*|*'"status":"FAILED"'*) break ;; esac
    sleep 0.2
  done
  end=$(date +%s.%N)
  created=$(sed -E 's/.*"created":([0-9]+).*/\1/' <<<"$state")
  total_communities=$((total_communities + created))
  awk -v s="$start" -v e="$end" -v c="$created" -v r=$((PER_FILE * BUILDINGS)) -v f="$f" \
    'BEGIN { printf "file %d: %d rows, %d communities created in %.2f s = %.0f communities/s\n", f, r, c, e - s, c / (e - s) }'
done
end_all=$(date +%s.%N)
awk -v s="$start_all" -v e="$end_all" -v c="$total_communities" \
  'BEGIN { printf "overall: %d communities in %.1f s = %.0f communities/s (including eligibility and events)\n", c, e - s, c / (e - s) }'
