#!/bin/bash
# Run once by the postgres image when it initialises an empty data directory (/docker-entrypoint-initdb.d):
# the routing service's own database and user beside Alfresco's. The service's tables are created by the service
# itself (Flyway, at start-up), never here. An existing db-data volume skips this script: see docker/README.md.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v db_user="${REGIOBESLUIT_DB_USER:-regiobesluit}" -v db_password="${REGIOBESLUIT_DB_PASSWORD:-regiobesluit-demo-only}" \
  -v db_name="${REGIOBESLUIT_DB_NAME:-regiobesluit}" <<'EOSQL'
CREATE USER :"db_user" WITH PASSWORD :'db_password';
CREATE DATABASE :"db_name" OWNER :"db_user";
REVOKE ALL ON DATABASE :"db_name" FROM PUBLIC;
EOSQL
