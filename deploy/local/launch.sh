#!/usr/bin/env bash
# The local launcher behind ./run.sh. Needs only a JDK 17+; everything else comes from Maven Central.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

DEMO=0
PREPARE_ONLY=0
REPLICAS=${RENEWAL_REPLICAS:-1}
GATEWAYS=${RENEWAL_GATEWAYS:-1}
while [ $# -gt 0 ]; do
  case "$1" in
    --demo) DEMO=1 ;;
    --prepare) PREPARE_ONLY=1 ;;
    --replicas) REPLICAS=${2:-}; shift ;;
    --replicas=*) REPLICAS=${1#*=} ;;
    --gateways) GATEWAYS=${2:-}; shift ;;
    --gateways=*) GATEWAYS=${1#*=} ;;
    -h|--help)
      echo "usage: ./run.sh [--demo] [--replicas N] [--gateways M]"
      echo "  --demo        once the suite is up, load the sample programme (24 communities over every stage) through the API"
      echo "  --replicas N  N instances of every service (ports 8081, 8181, 8281, …; the gateway balances over them)"
      echo "  --gateways M  M gateways (ports 8080, 8180, …), each balancing over every instance"
      echo "  --prepare     build what is missing and, on Java 25+, train the start-up caches; then stop (no suite)"
      exit 0 ;;
    *) echo "unknown option: $1 (try --help)"; exit 1 ;;
  esac
  shift
done
case "$REPLICAS$GATEWAYS" in *[!0-9]*|'') echo "--replicas and --gateways take a whole number from 1 to 9"; exit 1 ;; esac
if [ "$REPLICAS" -lt 1 ] || [ "$REPLICAS" -gt 9 ] || [ "$GATEWAYS" -lt 1 ] || [ "$GATEWAYS" -gt 9 ]; then
  echo "--replicas and --gateways take a whole number from 1 to 9"; exit 1
fi

SERVICES=(survey-service:8081 plan-service:8082 project-service:8083 funding-service:8084 governance-service:8085 gateway:8080)
KAFKA_PORT=${LOCAL_KAFKA_PORT:-9092}
MONGO_PORT=${LOCAL_MONGO_PORT:-27017}
# a small young generation (8 MB): a development machine runs nine JVMs, and the default young generation (a third of
# the heap, about 20 MB each after start) is memory every application touches and keeps (docs/performance.md, 15)
JAVA_OPTS=${RENEWAL_JAVA_OPTS:--Xms16m -Xmx384m -Xmn8m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30}
READY_TIMEOUT=${RENEWAL_READY_TIMEOUT:-180}
ISSUER_PORT=${DEV_ISSUER_PORT:-9000}
ISSUER_JAR=deploy/local/dev-issuer/target/dev-issuer-0.1.0-SNAPSHOT.jar
LOGS="$ROOT/logs"
DATA="${RENEWAL_DATA_DIR:-$ROOT/data}"
PIDS=()
NAMES=()

say() { printf '[run] %s\n' "$*"; }

cleanup() {
  trap - INT TERM EXIT
  [ ${#PIDS[@]} -eq 0 ] && exit 0
  say "stopping…"
  # services first (newest first), then the infrastructure they write to
  for ((i=${#PIDS[@]}-1; i>=0; i--)); do kill -TERM "${PIDS[$i]}" 2>/dev/null; done
  for _ in $(seq 1 60); do
    alive=0
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ $alive -eq 0 ] && break
    sleep 0.5
  done
  for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null; done
  say "stopped."
  exit 0
}
trap cleanup INT TERM EXIT

need_build() {
  [ -d deploy/local/target/lib ] || return 0
  [ -f deploy/local/target/lib/e2e-0.1.0-SNAPSHOT.jar ] || return 0
  [ -n "$(find e2e/src -newer deploy/local/target/lib/e2e-0.1.0-SNAPSHOT.jar -type f -print -quit 2>/dev/null)" ] && return 0
  [ -f "$ISSUER_JAR" ] || return 0
  for entry in "${SERVICES[@]}"; do
    name=${entry%%:*}
    jar="$name/target/$name-0.1.0-SNAPSHOT.jar"
    [ -f "$jar" ] || return 0
    # a source or build file changed since the jar was built
    [ -n "$(find "$name/src" platform contracts pom.xml "$name/pom.xml" -newer "$jar" -type f \
            -not -path '*/target/*' -print -quit 2>/dev/null)" ] && return 0
  done
  return 1
}

ready() { # port: is /readyz UP (the readiness probe on the main port; actuator is on the management port)?
  if command -v curl >/dev/null; then
    curl -sf "http://localhost:$1/readyz" >/dev/null 2>&1
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET /readyz HTTP/1.0\r\n\r\n' >&3 \
      && head -n 1 <&3 | grep -q ' 200') 2>/dev/null
  fi
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() { # name, then the command
  local name=$1; shift
  "$@" >>"$LOGS/$name.log" 2>&1 &
  PIDS+=($!)
  NAMES+=("$name")
}

await_log() { # name, marker
  for _ in $(seq 1 "$((READY_TIMEOUT * 2))"); do
    grep -q "$2" "$LOGS/$1.log" 2>/dev/null && return 0
    check_alive
    sleep 0.5
  done
  say "$1 did not become ready; see logs/$1.log"; exit 1
}

check_alive() {
  for i in "${!PIDS[@]}"; do
    if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
      say "${NAMES[$i]} exited; last lines of logs/${NAMES[$i]}.log:"
      tail -n 20 "$LOGS/${NAMES[$i]}.log"
      exit 1
    fi
  done
}

# ---- AOT cache (Java 25+): the jar extracted to target/aot (the layout the cache needs), trained once per build
# and per set of JVM options (a cache is valid only for the runtime and options that made it)
aot_dir() { echo "$ROOT/$1/target/aot"; }
aot_file() { echo "$(aot_dir "$1")/app-$(echo "$JAVA $JAVA_OPTS" | cksum | cut -d' ' -f1).aot"; }
aot_ready() { # module, jar: is its cache there and newer than its jar?
  [ -f "$(aot_file "$1")" ] && [ "$(aot_file "$1")" -nt "$ROOT/$1/target/$2" ]
}
aot_train() { # module, jar: extract it (once per build) and run it until its context has refreshed
  local dir; dir=$(aot_dir "$1")
  if [ ! -f "$dir/.extracted" ] || [ "$ROOT/$1/target/$2" -nt "$dir/.extracted" ]; then
    rm -rf "$dir"
    "$JAVA" -Djarmode=tools -jar "$ROOT/$1/target/$2" extract --destination "$dir" >/dev/null 2>&1 || return 1
    touch "$dir/.extracted"
  fi
  "$JAVA" $JAVA_OPTS -XX:AOTCacheOutput="$(aot_file "$1")" -Dspring.context.exit=onRefresh \
    -jar "$dir/$2" >"$LOGS/aot-$(basename "$1").log" 2>&1
}
app_command() { # module, jar: how to start it on this runtime
  if [ "$AOT" = 1 ] && aot_ready "$1" "$2"; then
    echo "$JAVA $JAVA_OPTS -XX:AOTCache=$(aot_file "$1") -jar $(aot_dir "$1")/$2"
  else
    echo "$JAVA $JAVA_OPTS -jar $ROOT/$1/target/$2"
  fi
}

command -v java >/dev/null || { say "a JDK 17 or newer is needed on the PATH"; exit 1; }

. "$ROOT/deploy/local/runtime.sh"
JAVA_MAJOR=$(java_major "$JAVA")
AOT=0
if [ "${RENEWAL_AOT:-1}" = 1 ] && [ "$JAVA_MAJOR" -ge 25 ]; then
  AOT=1
  # compact object headers; and the C library's heap trimmed every second, so what the start-up's compilations and
  # class loading freed is given back to the system (Java 21+; docs/performance.md, 15)
  JAVA_OPTS="$JAVA_OPTS -XX:+UseCompactObjectHeaders -XX:TrimNativeHeapInterval=1000"
  # the cache's method profiles (JEP 515) serve only the optimising compiler (C2): with C1 alone (./run.sh's default)
  # they are never used, yet reading them back touched about 8 MB per application (docs/performance.md, 15)
  case " $JAVA_OPTS " in
    *" -XX:TieredStopAtLevel=1 "*)
      JAVA_OPTS="$JAVA_OPTS -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining -XX:-AOTReplayTraining" ;;
  esac
fi

if need_build; then
  say "building (first run or sources changed): ./mvnw -DskipTests install"
  ./mvnw -q -B -ntp -DskipTests install || { say "build failed"; exit 1; }
fi

# every instance: name:port (replica r of a service, or gateway r, on the base port + 100·(r-1))
INSTANCES=()
for entry in "${SERVICES[@]}"; do
  name=${entry%%:*}; base=${entry##*:}
  count=$REPLICAS; [ "$name" = gateway ] && count=$GATEWAYS
  for ((r=1; r<=count; r++)); do
    instance=$name; [ "$r" -gt 1 ] && instance="$name-$r"
    INSTANCES+=("$instance:$((base + 100 * (r - 1)))")
  done
done
# the gateways balance over every instance of each service (Spring Cloud LoadBalancer, a static list)
for entry in "${SERVICES[@]}"; do
  name=${entry%%:*}; base=${entry##*:}
  [ "$name" = gateway ] && continue
  uris=""
  for ((r=1; r<=REPLICAS; r++)); do uris="${uris:+$uris,}http://localhost:$((base + 100 * (r - 1)))"; done
  var=$(echo "$name" | tr 'a-z-' 'A-Z_')_URI
  export "$var=${!var:-$uris}"
done

GATEWAY_URLS=""
for ((r=1; r<=GATEWAYS; r++)); do GATEWAY_URLS="${GATEWAY_URLS:+$GATEWAY_URLS,}http://localhost:$((8080 + 100 * (r - 1)))"; done
export CORS_ALLOWED_ORIGINS="${CORS_ALLOWED_ORIGINS:-$GATEWAY_URLS,http://localhost:5173}"
# webhook subscriptions may name an http:// receiver on a development machine (a deployment: https only)
export INTEGRATION_ALLOW_HTTP="${INTEGRATION_ALLOW_HTTP:-true}"

busy=()
for entry in "${INSTANCES[@]}"; do
  port=${entry##*:}
  port_free "$port" || busy+=("$port")
  port_free "$((port + 10000))" || busy+=("$((port + 10000))") # its management port (actuator)
done
[ -z "${KAFKA_BOOTSTRAP_SERVERS:-}" ] && { port_free "$KAFKA_PORT" || busy+=("$KAFKA_PORT"); }
[ -z "${MONGODB_URI:-}" ] && { port_free "$MONGO_PORT" || busy+=("$MONGO_PORT"); }
[ -z "${ISSUER_URI:-}" ] && { port_free "$ISSUER_PORT" || busy+=("$ISSUER_PORT"); }
if [ ${#busy[@]} -gt 0 ]; then
  say "ports already in use: ${busy[*]} (is the suite already running?)"; trap - EXIT; exit 1
fi

mkdir -p "$LOGS" "$DATA/kafka" "$DATA/mongo"
LAUNCHER_CP="$ROOT/deploy/local/target/lib/*"
# the broker and the store start with a small heap that grows as they need (the JVM would start them at 1/64 of the
# machine's memory and touch a young generation of that size), as the applications do
INFRA_OPTS="-Dlogback.configurationFile=renewal-embedded-logback.xml -XX:+UseSerialGC -Xms16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
# the broker and the store run on the applications' runtime too (compact object headers on 25+)
[ "$AOT" = 1 ] && INFRA_OPTS="$INFRA_OPTS -XX:+UseCompactObjectHeaders -XX:TrimNativeHeapInterval=1000"
# glibc gives every thread that allocates its own 64 MB malloc arena; the JVM allocates little through malloc, so
# two arenas keep each process's native memory small (tens of MB per JVM) at no measurable cost
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

if [ -z "${KAFKA_BOOTSTRAP_SERVERS:-}" ]; then
  say "starting Kafka broker (KRaft) on localhost:$KAFKA_PORT, data in data/kafka"
  start kafka "$JAVA" -Xmx256m $INFRA_OPTS -cp "$LAUNCHER_CP" org.renewal.platform.embedded.EmbeddedKafkaMain \
    --port "$KAFKA_PORT" --controller-port "$((KAFKA_PORT + 1))" --dir "$DATA/kafka"
  export KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT"
else
  say "using Kafka at $KAFKA_BOOTSTRAP_SERVERS"
fi
if [ -z "${MONGODB_URI:-}" ]; then
  say "starting MongoDB wire server on localhost:$MONGO_PORT, data in data/mongo"
  # the wire server holds a query's whole answer in memory (a rebuild of the programme figures reads every
  # community): 1 GB serves the national register (220,000 communities)
  start mongo "$JAVA" -Xmx1g $INFRA_OPTS -cp "$LAUNCHER_CP" org.renewal.platform.embedded.EmbeddedMongoMain \
    --port "$MONGO_PORT" --dir "$DATA/mongo"
  export MONGODB_URI="mongodb://localhost:$MONGO_PORT"
else
  say "using MongoDB at $MONGODB_URI"
fi
for name in "${NAMES[@]}"; do await_log "$name" RENEWAL-READY; done

if [ "$AOT" = 1 ]; then
  MODULES=(deploy/local/dev-issuer:dev-issuer survey-service:survey-service plan-service:plan-service
           project-service:project-service funding-service:funding-service governance-service:governance-service
           gateway:gateway)
  todo=()
  for m in "${MODULES[@]}"; do aot_ready "${m%%:*}" "${m##*:}-0.1.0-SNAPSHOT.jar" || todo+=("$m"); done
  if [ ${#todo[@]} -gt 0 ]; then
    say "Java $JAVA_MAJOR: training the start-up caches of ${#todo[@]} applications (once per build; logs/aot-*.log)"
    for ((i=0; i<${#todo[@]}; i+=2)); do # two at a time
      pids=()
      for m in "${todo[@]:i:2}"; do
        aot_train "${m%%:*}" "${m##*:}-0.1.0-SNAPSHOT.jar" &
        pids+=($!)
      done
      for pid in "${pids[@]}"; do wait "$pid" || say "a training run failed (see logs/aot-*.log): that application starts without its cache"; done
    done
  fi
  say "runtime: Java $JAVA_MAJOR ($JAVA), AOT caches, compact object headers"
else
  say "runtime: Java $JAVA_MAJOR ($JAVA)$([ "$JAVA_MAJOR" -lt 25 ] && echo "; with a JDK 25 (RENEWAL_JAVA or JAVA_HOME) the suite starts faster and smaller")"
fi
if [ "$PREPARE_ONLY" = 1 ]; then
  say "prepared"
  exit 0
fi

STARTED=()
if [ -z "${ISSUER_URI:-}" ]; then
  say "starting development OAuth2 issuer on localhost:$ISSUER_PORT (demo accounts: see README)"
  start dev-issuer $(app_command deploy/local/dev-issuer dev-issuer-0.1.0-SNAPSHOT.jar)
  STARTED+=("dev-issuer:$ISSUER_PORT")
  export ISSUER_URI="http://localhost:$ISSUER_PORT"
else
  say "using the identity provider at $ISSUER_URI"
fi

for entry in "${INSTANCES[@]}"; do
  instance=${entry%%:*}; port=${entry##*:}
  name=$(echo "$instance" | sed -E 's/-[0-9]+$//')
  var=$(echo "$name" | tr 'a-z-' 'A-Z_')
  say "starting $instance on port $port"
  # each instance its own port and management port (the application reads <NAME>_PORT, <NAME>_MANAGEMENT_PORT)
  start "$instance" env "${var}_PORT=$port" "${var}_MANAGEMENT_PORT=$((port + 10000))" \
    $(app_command "$name" "$name-0.1.0-SNAPSHOT.jar")
done

for entry in "${STARTED[@]}" "${INSTANCES[@]}"; do
  name=${entry%%:*}; port=${entry##*:}
  for _ in $(seq 1 "$((READY_TIMEOUT * 2))"); do
    ready "$port" && break
    check_alive
    sleep 0.5
  done
  ready "$port" || { say "$name did not report healthy; see logs/$name.log"; exit 1; }
  say "$name is healthy"
done

cat <<MSG

  Renewal is running.
    Gateway:     http://localhost:8080$([ "$GATEWAYS" -gt 1 ] && echo "   (all $GATEWAYS: $GATEWAY_URLS)")
    Replicas:    $REPLICAS of each service$([ "$REPLICAS" -gt 1 ] && echo " (ports 8081…; the gateway balances over them)")
    Swagger UI:  http://localhost:8080/swagger-ui.html   ("Authorize": client renewal-web, e.g. district-tiexi / renewal)
    Issuer:      ${ISSUER_URI}   (a token for curl: deploy/local/token.sh district-tiexi)
    Logs:        logs/<process>.log     Data: data/
  Press Ctrl-C to stop everything.

MSG

if [ "$DEMO" = 1 ]; then
  say "loading the sample programme (示例数据) through the API in the background; progress in logs/demo.log"
  start demo "$JAVA" -Xmx256m $INFRA_OPTS -cp "$LAUNCHER_CP" org.renewal.e2e.DemoProgramme http://localhost:8080 "$ISSUER_URI"
fi

# from here on a process that ends is reported, and the others keep running (e.g. to see the
# gateway answer 503 for a stopped service); Ctrl-C stops what is left
declare -A reported=()
while true; do
  for i in "${!PIDS[@]}"; do
    if [ -z "${reported[$i]:-}" ] && ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
      reported[$i]=1
      if [ "${NAMES[$i]}" = demo ]; then
        say "sample programme: $(tail -n 1 "$LOGS/demo.log")"
        continue
      fi
      say "${NAMES[$i]} has stopped; the others keep running (see logs/${NAMES[$i]}.log)"
    fi
  done
  [ ${#reported[@]} -eq ${#PIDS[@]} ] && { say "every process has stopped"; exit 0; }
  sleep 2
done
