#!/usr/bin/env bash
# Builds what is missing, then runs the whole suite on this machine: a real Kafka broker and the
# embedded MongoDB wire server (unless KAFKA_BOOTSTRAP_SERVERS / MONGODB_URI point elsewhere), the
# five services and the gateway. Ctrl-C stops everything. See deploy/local/README.md.
exec "$(dirname "$0")/deploy/local/launch.sh" "$@"
