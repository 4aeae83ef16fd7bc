#!/usr/bin/env bash
# run.sh — runs Regiobesluit beside Alfresco, in the manner of the Alfresco SDK's run.sh.
#   build_start  build the JARs and images, start everything      start  start without building
#   stop         stop the containers                               purge  stop and delete volumes
#   tail         follow the logs                                   build_test / test  end-to-end tests against the running stack
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
COMPOSE_FILE="docker/docker-compose.yml"

compose() {
  if ! command -v docker >/dev/null 2>&1; then
    echo "run.sh: Docker is nodig maar niet gevonden / Docker is required but was not found." >&2
    echo "        Install Docker Engine with the compose plugin, then run ./run.sh $1 again." >&2
    exit 1
  fi
  if [ ! -f "$COMPOSE_FILE" ]; then
    echo "run.sh: $COMPOSE_FILE bestaat nog niet / does not exist yet." >&2
    echo "        The Docker set-up (Alfresco, Share, ActiveMQ, PostgreSQL, search, transforms, routing-service)" >&2
    echo "        is delivered by the end-to-end issue; until then install the JARs by hand (see README.md)." >&2
    exit 1
  fi
  shift
  docker compose -f "$COMPOSE_FILE" "$@"
}

build() { mvn -B -ntp -DskipTests package; }
start() { compose start up --build -d; }
down() { compose stop down; }
purge() { compose purge down -v; }
tail_all() { compose tail logs -f; }
test_e2e() { mvn -B -ntp verify -pl integration-tests -am -Pacs; }

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
