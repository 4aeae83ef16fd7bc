#!/usr/bin/env bash
# Prepares a fresh Alfresco for Regiobesluit through the public v1 REST API:
#   - group GROUP_REGIOBESLUIT_GRIFFIE with a griffier per municipality and the regiogriffier;
#   - group GROUP_REGIOBESLUIT_ARCHIEF with the archivist, who may finalize decision records (Editor on Besluiten);
#   - demo users (griffier.<municipality>, regiogriffier, archivaris) and the service user;
#   - site "regiobesluit" with Voorstellen, Regiocommissie, Gemeenteraden/<municipality>, Besluiten;
#   - the composition CSV in Data Dictionary/Regiobesluit/;
#   - routing-service's region settings (folder node ids, griffie addresses) in $ROUTING_CONFIG.
#
# The municipalities are read from the composition CSV (column "municipality"): nothing here is
# specific to one region. Every step is idempotent: HTTP 409 means "already there" and is fine, so
# running it again (./run.sh start does) changes nothing that exists.
set -euo pipefail

ALFRESCO_URL="${ALFRESCO_URL:-http://alfresco:8080}"
ADMIN_USER="${ADMIN_USER:-admin}"
ADMIN_PASSWORD="${ADMIN_PASSWORD:-admin}"
REGION_CSV="${REGION_CSV:-/data/election_2014_leidse_regio.csv}"
REGION_COMPOSITION_NAME="${REGION_COMPOSITION_NAME:-$(basename "$REGION_CSV")}"
SITE_ID="${SITE_ID:-regiobesluit}"
SITE_TITLE="${SITE_TITLE:-Regiobesluit}"
GROUP_ID="${GROUP_ID:-GROUP_REGIOBESLUIT_GRIFFIE}"
# The archivists. Share's "Definitief maken / Finalize" action is shown to this group only (share-module,
# regiobesluit-evaluators-context.xml, rb.evaluator.isArchivist): keep the two names equal.
ARCHIVE_GROUP_ID="${ARCHIVE_GROUP_ID:-GROUP_REGIOBESLUIT_ARCHIEF}"
DEMO_PASSWORD="${DEMO_PASSWORD:-demo}"
DEMO_MAIL_DOMAIN="${DEMO_MAIL_DOMAIN:-regiobesluit.example}"
SERVICE_USER="${SERVICE_USER:-svc-regiobesluit}"
SERVICE_PASSWORD="${SERVICE_PASSWORD:-svc-demo-only}"
ROUTING_CONFIG="${ROUTING_CONFIG:-}"
WAIT_SECONDS="${WAIT_SECONDS:-900}"
WAIT_INTERVAL="${WAIT_INTERVAL:-5}"

API="$ALFRESCO_URL/alfresco/api/-default-/public/alfresco/versions/1"
RESPONSE="$(mktemp)"
trap 'rm -f "$RESPONSE"' EXIT
STATUS=""

log() { printf 'bootstrap: %s\n' "$*" >&2; }
fail() { log "FOUT / ERROR: $*"; exit 1; }

# api METHOD PATH [curl arguments...]: calls the v1 API as admin. The body goes to $RESPONSE and the
# HTTP status to $STATUS. Succeeds on 2xx and on 409 (already exists); fails with the body otherwise.
api() {
  local method="$1" path="$2"
  shift 2
  STATUS="$(curl -sS -o "$RESPONSE" -w '%{http_code}' -u "$ADMIN_USER:$ADMIN_PASSWORD" \
    -H 'Accept: application/json' -X "$method" "$@" "$API$path")" || fail "$method $path: no answer from $ALFRESCO_URL"
  case "$STATUS" in
    2??|409) return 0 ;;
    *) fail "$method $path answered HTTP $STATUS: $(head -c 600 "$RESPONSE")" ;;
  esac
}

# post_json PATH JSON [what]: POST a JSON body and log whether it was created or already there.
post_json() {
  local path="$1" body="$2" what="${3:-$1}"
  api POST "$path" -H 'Content-Type: application/json' --data-binary "$body"
  if [ "$STATUS" = 409 ]; then log "bestaat al / exists: $what"; else log "aangemaakt / created: $what"; fi
}

entry_id() { jq -er '.entry.id' "$RESPONSE"; }

# A user id part from a municipality name: "Alphen aan den Rijn" -> "alphen-aan-den-rijn".
slug() {
  printf '%s' "$1" | tr '[:upper:]' '[:lower:]' \
    | sed -e 's/à/a/g; s/á/a/g; s/â/a/g; s/ä/a/g; s/è/e/g; s/é/e/g; s/ê/e/g; s/ë/e/g' \
          -e 's/ì/i/g; s/í/i/g; s/î/i/g; s/ï/i/g; s/ò/o/g; s/ó/o/g; s/ô/o/g; s/ö/o/g' \
          -e 's/ù/u/g; s/ú/u/g; s/û/u/g; s/ü/u/g; s/ÿ/ij/g' \
    | sed -E -e 's/[^a-z0-9]+/-/g' -e 's/^-+//' -e 's/-+$//'
}

# The distinct municipalities of the composition CSV, in file order. The column is found by its
# header so that the CSV may gain or reorder columns.
municipalities() {
  awk -F',' '
    NR == 1 {
      for (i = 1; i <= NF; i++) { h = tolower($i); gsub(/[\r"]/, "", h); gsub(/^ +| +$/, "", h); if (h == "municipality") col = i }
      if (!col) { print "no column \"municipality\" in the header" > "/dev/stderr"; exit 2 }
      next
    }
    {
      v = $col; gsub(/[\r"]/, "", v); gsub(/^ +| +$/, "", v)
      if (v != "" && !seen[v]++) print v
    }' "$1"
}

wait_until_ready() {
  local waited=0
  log "wacht op Alfresco / waiting for Alfresco at $ALFRESCO_URL"
  until curl -fsS -o /dev/null "$API/probes/-ready-"; do
    [ "$waited" -lt "$WAIT_SECONDS" ] || fail "Alfresco not ready after ${WAIT_SECONDS}s"
    sleep "$WAIT_INTERVAL"
    waited=$((waited + WAIT_INTERVAL))
  done
  log "Alfresco is klaar / ready"
}

create_person() { # id firstName lastName email password jobTitle
  post_json /people "$(jq -n --arg id "$1" --arg fn "$2" --arg ln "$3" --arg email "$4" --arg pw "$5" --arg job "$6" \
    '{id: $id, firstName: $fn, lastName: $ln, email: $email, password: $pw, jobTitle: $job}')" "user $1"
}

add_to_group() { # personId [groupId]
  local group="${2:-$GROUP_ID}"
  post_json "/groups/$group/members" "$(jq -n --arg id "$1" '{id: $id, memberType: "PERSON"}')" "$1 in $group"
}

# grant_role NODE_ID AUTHORITY ROLE: adds ROLE for AUTHORITY to the node's locally set permissions, keeping the ones
# already there (PUT replaces the whole locally set list, so it is read first) and leaving inheritance as it is.
# Nothing is written when the permission is already there.
grant_role() {
  local node="$1" authority="$2" role="$3" body
  api GET "/nodes/$node?include=permissions"
  if jq -e --arg a "$authority" --arg r "$role" \
      '(.entry.permissions.locallySet // []) | any(.authorityId == $a and .name == $r and (.accessStatus // "ALLOWED") == "ALLOWED")' \
      "$RESPONSE" >/dev/null; then
    log "bestaat al / exists: $role for $authority on $node"
    return 0
  fi
  body="$(jq --arg a "$authority" --arg r "$role" \
    '{permissions: {locallySet: ([(.entry.permissions.locallySet // [])[] | {authorityId, name, accessStatus}]
                                 + [{authorityId: $a, name: $r, accessStatus: "ALLOWED"}])}}' "$RESPONSE")"
  api PUT "/nodes/$node" -H 'Content-Type: application/json' --data-binary "$body"
  log "toegekend / granted: $role for $authority on $node"
}

add_site_member() { # personId role
  post_json "/sites/$SITE_ID/members" "$(jq -n --arg id "$1" --arg role "$2" '{id: $id, role: $role}')" "$1 as $2 of site $SITE_ID"
}

# ensure_folder PARENT_ID PATH TITLE: creates the folder at PATH below PARENT_ID (missing parents are
# created by relativePath) and prints its node id, whether it was new or already there.
ensure_folder() {
  local parent="$1" path="$2" title="$3" name dir
  name="${path##*/}"
  dir=""
  [ "$name" = "$path" ] || dir="${path%/*}"
  post_json "/nodes/$parent/children" "$(jq -n --arg name "$name" --arg dir "$dir" --arg title "$title" \
    '{name: $name, nodeType: "cm:folder", properties: {"cm:title": $title}} + (if $dir == "" then {} else {relativePath: $dir} end)')" \
    "folder $path"
  api GET "/nodes/$parent?relativePath=$(jq -rn --arg p "$path" '$p | @uri')"
  entry_id
}

main() {
  [ -r "$REGION_CSV" ] || fail "composition CSV $REGION_CSV not readable (is ../data mounted?)"
  local -a names=()
  local m
  while IFS= read -r m; do names+=("$m"); done < <(municipalities "$REGION_CSV")
  [ "${#names[@]}" -gt 0 ] || fail "no municipalities in $REGION_CSV"
  log "gemeenten / municipalities: ${names[*]}"

  wait_until_ready

  # Group and people. A person that already exists keeps its password and e-mail.
  post_json /groups "$(jq -n --arg id "$GROUP_ID" '{id: $id, displayName: "Regiobesluit griffie"}')" "group $GROUP_ID"
  local -a griffiers=()
  local id
  for m in "${names[@]}"; do
    id="griffier.$(slug "$m")"
    griffiers+=("$id")
    create_person "$id" "Griffier" "$m" "$id@$DEMO_MAIL_DOMAIN" "$DEMO_PASSWORD" "Griffier gemeente $m"
  done
  create_person regiogriffier "Regio" "Griffier" "regiogriffier@$DEMO_MAIL_DOMAIN" "$DEMO_PASSWORD" "Regiogriffier"
  create_person archivaris "Archivaris" "Regio" "archivaris@$DEMO_MAIL_DOMAIN" "$DEMO_PASSWORD" "Archivaris"
  create_person "$SERVICE_USER" "Regiobesluit" "routing-service" "$SERVICE_USER@$DEMO_MAIL_DOMAIN" "$SERVICE_PASSWORD" "Service account"
  for id in "${griffiers[@]}" regiogriffier; do add_to_group "$id"; done
  post_json /groups "$(jq -n --arg id "$ARCHIVE_GROUP_ID" '{id: $id, displayName: "Regiobesluit archief"}')" "group $ARCHIVE_GROUP_ID"
  add_to_group archivaris "$ARCHIVE_GROUP_ID"

  # The site. The griffie works in it; the regiogriffier and the service manage it; the archivist reads it all and
  # edits only the decision records (below).
  post_json "/sites?skipAddToFavorites=false" "$(jq -n --arg id "$SITE_ID" --arg title "$SITE_TITLE" \
    '{id: $id, title: $title, description: "Regionale besluitvorming / regional decision-making", visibility: "PUBLIC"}')" "site $SITE_ID"
  post_json "/sites/$SITE_ID/group-members" "$(jq -n --arg id "$GROUP_ID" '{id: $id, role: "SiteCollaborator"}')" \
    "$GROUP_ID as SiteCollaborator of site $SITE_ID"
  add_site_member regiogriffier SiteManager
  add_site_member "$SERVICE_USER" SiteManager
  add_site_member archivaris SiteConsumer

  api GET "/sites/$SITE_ID/containers/documentLibrary"
  local doclib proposals committee decisions
  doclib="$(entry_id)"
  proposals="$(ensure_folder "$doclib" Voorstellen "Voorstellen / Proposals")"
  committee="$(ensure_folder "$doclib" Regiocommissie "Regiocommissie / Regional committee")"
  decisions="$(ensure_folder "$doclib" Besluiten "Besluiten / Decision records")"
  ensure_folder "$doclib" Gemeenteraden "Gemeenteraden / Municipal councils" >/dev/null
  local municipalities_json='{}' folder
  for m in "${names[@]}"; do
    folder="$(ensure_folder "$doclib" "Gemeenteraden/$m" "Gemeenteraad $m")"
    # Bracketed keys keep spaces and capitals in Spring Boot map keys ("[Alphen aan den Rijn]").
    municipalities_json="$(jq --arg key "[$m]" --arg folder "$folder" --arg mail "griffier.$(slug "$m")@$DEMO_MAIL_DOMAIN" \
      '. + {($key): {"council-folder": $folder, griffie: $mail}}' <<<"$municipalities_json")"
  done
  # Finalizing sets rb:finalized on a decision record, which needs Write on it. Alfresco's Editor role gives Read and
  # Write (properties and content) but not creating or deleting; the archivists get it on Besluiten only, where the
  # routing service files the decision records. Everywhere else they stay SiteConsumer (read only).
  grant_role "$decisions" "$ARCHIVE_GROUP_ID" Editor
  log "mappen / folders: Voorstellen=$proposals Regiocommissie=$committee Besluiten=$decisions"

  # The composition, where routing-service reads it (regiobesluit.region.composition.location).
  api POST "/nodes/-root-/children" \
    -F "filedata=@$REGION_CSV;type=text/csv" \
    --form-string "name=$REGION_COMPOSITION_NAME" \
    --form-string "relativePath=Data Dictionary/Regiobesluit" \
    --form-string "nodeType=cm:content"
  if [ "$STATUS" = 409 ]; then
    log "bestaat al / exists: Data Dictionary/Regiobesluit/$REGION_COMPOSITION_NAME (delete it to replace it)"
  else
    log "aangemaakt / created: Data Dictionary/Regiobesluit/$REGION_COMPOSITION_NAME"
  fi

  # routing-service's region settings, in a file it reads with spring.config.additional-location.
  # JSON is valid YAML, and jq quotes every name safely.
  if [ -n "$ROUTING_CONFIG" ]; then
    jq -n --arg agenda "$committee" --arg decisions "$decisions" --argjson municipalities "$municipalities_json" \
      '{regiobesluit: {region: {committee: {"agenda-folder": $agenda}, "decision-record-folder": $decisions, municipalities: $municipalities}}}' \
      >"$ROUTING_CONFIG.tmp"
    mv "$ROUTING_CONFIG.tmp" "$ROUTING_CONFIG"
    log "geschreven / written: $ROUTING_CONFIG"
  fi

  log "klaar / done. Share: http://localhost:8080/share — log in as ${griffiers[0]} (password: $DEMO_PASSWORD, demo only)"
}

main "$@"
