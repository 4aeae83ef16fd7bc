#!/usr/bin/env bash
# run.sh — runs Regiobesluit beside Alfresco, in the manner of the Alfresco SDK's run.sh.
#   build_start  build the JARs, the Content App (Node.js 20.19+ and npm) and the images, start everything, follow the logs
#   start        start without building Maven (images are rebuilt if their inputs changed), follow the logs
#   stop         stop and remove the containers (data stays in the volumes)
#   purge        stop and delete the volumes too: repository, database, index, mail
#   tail         follow the logs
#   build_test   build, start, run the end-to-end tests against the stack, stop
#   test         run the end-to-end tests against a running stack (ACS_URL, default http://localhost:8080); the stack's
#                routing-service is stopped meanwhile, because the tests run their own
# docker/README.md walks a newcomer through it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
COMPOSE_FILE="docker/docker-compose.yml"
# The JARs that the images copy in; docker/*/Dockerfile name the same files.
VERSION="0.1.0-SNAPSHOT"
JARS=(
  "platform-module/target/platform-module-$VERSION.jar"
  "share-module/target/share-module-$VERSION.jar"
  "routing-service/target/routing-service-$VERSION-exec.jar"
)

# compose COMMAND ARGS...: docker compose on our file; COMMAND is only used in messages.
compose() {
  if ! command -v docker >/dev/null 2>&1 || ! docker compose version >/dev/null 2>&1; then
    echo "run.sh: Docker is nodig maar niet gevonden / Docker is required but was not found." >&2
    echo "        Install Docker Engine (or Docker Desktop) with the compose plugin, then run ./run.sh $1 again." >&2
    exit 1
  fi
  shift
  docker compose -f "$COMPOSE_FILE" "$@"
}

# aca-extension (the Content App extension) is built with the machine's Node.js and npm; Angular 20's CLI needs
# Node ^20.19 || ^22.12 || >=24 (engines of @angular/cli 20.3).
need_node() {
  if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    echo "run.sh: Node.js 20.19+ en npm zijn nodig voor aca-extension maar niet gevonden / Node.js 20.19+ and npm are required to build aca-extension but were not found." >&2
    exit 1
  fi
}

build() {
  need_node
  mvn -B -ntp -DskipTests package
  local jar missing=0
  for jar in "${JARS[@]}"; do
    if [ ! -f "$jar" ]; then
      echo "run.sh: $jar ontbreekt na de build / is missing after the build." >&2
      missing=1
    fi
  done
  [ "$missing" = 0 ] || exit 1
}

start() {
  echo "Regiobesluit start; de eerste keer duurt dat 5-15 minuten / first start takes 5-15 minutes."
  compose start up --build -d
  echo
  echo "Regiobesluit draait / is running:"
  echo "  Share        http://localhost:8080/share   (griffier.<gemeente> / demo, zie docker/README.md)"
  echo "  Repository   http://localhost:8080/alfresco"
  echo "  Mailpit      http://localhost:8025"
  echo "  ActiveMQ     http://localhost:8161         (admin / admin)"
  echo "Logs volgen / following logs; Ctrl+C stopt alleen de logs / stops only the logs."
}
down() { compose stop down; }
purge() { compose purge down -v --remove-orphans; }
tail_all() { compose tail logs -f --tail=200; }
# The tests run their own routing-service (with the scenarios' clock and mailbox) against the stack's Alfresco and
# broker; the stack's routing-service would handle every event too, so it is stopped for the run and started again.
test_e2e() {
  local rc=0
  compose test stop routing-service
  ACS_URL="${ACS_URL:-http://localhost:8080}" mvn -B -ntp verify -pl integration-tests -am -Pacs || rc=$?
  compose test start routing-service
  return "$rc"
}

case "${1:-}" in
  build_start) build; start; tail_all ;;
  start) start; tail_all ;;
  stop) down ;;
  purge) purge ;;
  tail) tail_all ;;
  build_test) build; start; test_e2e; down ;;
  test) test_e2e ;;
  *) echo "Usage: $0 {build_start|start|stop|purge|tail|build_test|test}"; exit 1 ;;
esac
