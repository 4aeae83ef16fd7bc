#!/usr/bin/env bash
# Prepares a fresh Alfresco for Regiobesluit through the public v1 REST API, as access.json (next to this script, or
# $ACCESS_FILE) describes it: the groups (the griffie, a griffie per council, the regiocommissie's griffie, the
# archive), the users with their groups and passwords, the site with its members and roles, and the site's folders with
# their locally set permissions (a council's folder does not inherit the site's roles: only that council's griffie and
# the service write there). The test-scope Alfresco simulator reads the same file, so the two cannot drift apart.
# Besides that: the composition CSV in Data Dictionary/Regiobesluit/, and routing-service's region settings (folder
# node ids, griffie addresses) in $ROUTING_CONFIG.
#
# The municipalities are read from the composition CSV (column "municipality"): nothing here is
# specific to one region. Every step is idempotent: HTTP 409 means "already there" and is fine, so
# running it again (./run.sh start does) changes nothing that exists.
set -euo pipefail

ALFRESCO_URL="${ALFRESCO_URL:-http://alfresco:8080}"
ACCESS_FILE="${ACCESS_FILE:-$(dirname "$(readlink -f "$0")")/access.json}"
REGION_CSV="${REGION_CSV:-/data/election_2014_leidse_regio.csv}"
REGION_COMPOSITION_NAME="${REGION_COMPOSITION_NAME:-$(basename "$REGION_CSV")}"
# SITE_ID, SERVICE_USER and the passwords (ADMIN_PASSWORD, DEMO_PASSWORD, SERVICE_PASSWORD): from the environment,
# else access.json's "defaults" (demo only). The group names are access.json's; Share's "Definitief maken / Finalize"
# action is shown to GROUP_REGIOBESLUIT_ARCHIEF only (share-module, regiobesluit-evaluators-context.xml,
# rb.evaluator.isArchivist): keep the two names equal.
SITE_TITLE="${SITE_TITLE:-}"
DEMO_MAIL_DOMAIN="${DEMO_MAIL_DOMAIN:-regiobesluit.example}"
ROUTING_CONFIG="${ROUTING_CONFIG:-}"
WAIT_SECONDS="${WAIT_SECONDS:-900}"
WAIT_INTERVAL="${WAIT_INTERVAL:-5}"

API="$ALFRESCO_URL/alfresco/api/-default-/public/alfresco/versions/1"
RESPONSE="$(mktemp)"
ACCESS="$(mktemp)"
trap 'rm -f "$RESPONSE" "$ACCESS"' EXIT
STATUS=""

log() { printf 'bootstrap: %s\n' "$*" >&2; }
fail() { log "FOUT / ERROR: $*"; exit 1; }

[ -r "$ACCESS_FILE" ] || fail "access description $ACCESS_FILE not readable"
# Every variable access.json gives a default for, unless the environment sets it.
while IFS=$'\t' read -r var value; do
  [[ "$var" =~ ^[A-Z_]+$ ]] || fail "access.json: bad variable name $var"
  [ -n "${!var:-}" ] || printf -v "$var" '%s' "$value"
done < <(jq -r '.defaults | to_entries[] | [.key, .value] | @tsv' "$ACCESS_FILE")
ADMIN_USER="${ADMIN_USER:-$(jq -r '.admin.id' "$ACCESS_FILE")}"
SITE_TITLE="${SITE_TITLE:-$(jq -r '.site.title' "$ACCESS_FILE")}"

# password_of VARIABLE: the value of a password variable that access.json names for a user.
password_of() {
  [[ "$1" =~ ^[A-Z_]+_PASSWORD$ ]] || fail "access.json: a password must name a *_PASSWORD variable, not $1"
  printf '%s' "${!1:-}"
}

# expand_access MUNICIPALITIES_JSON: access.json with "perMunicipality" repeated for every municipality and every
# placeholder filled ({municipality}, {slug}, {SLUG}, {SITE_ID}, {SERVICE_USER}), written to $ACCESS.
expand_access() {
  jq --argjson ms "$1" --arg site "$SITE_ID" --arg service "$SERVICE_USER" '
    def fill($m): walk(if type == "string"
        then reduce (($m + {SITE_ID: $site, SERVICE_USER: $service}) | to_entries[]) as $e (.; gsub("\\{" + $e.key + "\\}"; $e.value))
        else . end);
    . as $d
    | {site: ($d.site | fill({})),
       groups: (($d.groups | fill({})) + [$ms[] as $m | $d.perMunicipality.groups[] | fill($m)]),
       users: (($d.users | fill({})) + [$ms[] as $m | $d.perMunicipality.users[] | fill($m)]),
       siteMembers: ($d.siteMembers | fill({})),
       folders: (($d.folders | fill({})) + [$ms[] as $m | $d.perMunicipality.folders[] | fill($m)]),
       routing: {agendaFolder: $d.routing.agendaFolder, decisionRecordFolder: $d.routing.decisionRecordFolder,
                 councils: [$ms[] as $m | {municipality: $m.municipality, folder: ($d.routing.councilFolder | fill($m)),
                                           griffie: ($d.routing.griffieMail | fill($m))}]}}' "$ACCESS_FILE" >"$ACCESS"
}

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

add_to_group() { # personId groupId
  local group="$2"
  post_json "/groups/$group/members" "$(jq -n --arg id "$1" '{id: $id, memberType: "PERSON"}')" "$1 in $group"
}

# set_permissions NODE_ID INHERIT GRANTS_JSON: adds the roles of GRANTS_JSON ([{authority, role}]) to the node's locally
# set permissions, keeping the ones already there (PUT replaces the whole locally set list, so it is read first), and
# switches inheritance from the parent on or off (INHERIT true/false). Nothing is written when all is already so.
set_permissions() {
  local node="$1" inherit="$2" grants="$3" body
  api GET "/nodes/$node?include=permissions"
  if jq -e --argjson inherit "$inherit" --argjson grants "$grants" '
      (.entry.permissions.locallySet // []) as $set
      | ((if .entry.permissions | has("isInheritanceEnabled") then .entry.permissions.isInheritanceEnabled else true end) == $inherit)
        and all($grants[]; . as $g | $set | any(.authorityId == $g.authority and .name == $g.role and (.accessStatus // "ALLOWED") == "ALLOWED"))' \
      "$RESPONSE" >/dev/null; then
    log "bestaat al / exists: permissions of $node"
    return 0
  fi
  body="$(jq --argjson inherit "$inherit" --argjson grants "$grants" '
    [(.entry.permissions.locallySet // [])[] | {authorityId, name, accessStatus}] as $set
    | {permissions: {isInheritanceEnabled: $inherit,
                     locallySet: ($set + [$grants[] | {authorityId: .authority, name: .role, accessStatus: "ALLOWED"}
                                          | select(. as $g | $set | any(.authorityId == $g.authorityId and .name == $g.name and (.accessStatus // "ALLOWED") == "ALLOWED") | not)])}}' \
    "$RESPONSE")"
  api PUT "/nodes/$node" -H 'Content-Type: application/json' --data-binary "$body"
  log "toegekend / granted: $(jq -c '.permissions' <<<"$body") on $node"
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

  local ms='[]'
  for m in "${names[@]}"; do
    ms="$(jq -c --arg m "$m" --arg slug "$(slug "$m")" '. + [{municipality: $m, slug: $slug, SLUG: ($slug | ascii_upcase)}]' <<<"$ms")"
  done
  expand_access "$ms"

  wait_until_ready

  # Groups, then people with their groups. A person that already exists keeps its password and e-mail.
  local id name first last job password_var groups group password
  while IFS=$'\t' read -r id name; do
    post_json /groups "$(jq -n --arg id "$id" --arg name "$name" '{id: $id, displayName: $name}')" "group $id"
  done < <(jq -r '.groups[] | [.id, .displayName] | @tsv' "$ACCESS")
  while IFS=$'\t' read -r id first last job password_var groups; do
    password="$(password_of "$password_var")" || exit 1
    create_person "$id" "$first" "$last" "$id@$DEMO_MAIL_DOMAIN" "$password" "$job"
    IFS=',' read -r -a in_groups <<<"$groups"
    for group in "${in_groups[@]}"; do add_to_group "$id" "$group"; done
  done < <(jq -r '.users[] | [.id, .firstName, .lastName, .jobTitle, .password, (.groups | join(","))] | @tsv' "$ACCESS")

  # The site and its members: everyone reads it; who writes where is set on the folders below.
  post_json "/sites?skipAddToFavorites=false" "$(jq -c --arg id "$SITE_ID" --arg title "$SITE_TITLE" \
    '.site | {id: $id, title: $title, description, visibility}' "$ACCESS")" "site $SITE_ID"
  local member role
  while IFS=$'\t' read -r member role; do
    if [[ "$member" == GROUP_* ]]; then
      post_json "/sites/$SITE_ID/group-members" "$(jq -n --arg id "$member" --arg role "$role" '{id: $id, role: $role}')" \
        "$member as $role of site $SITE_ID"
    else
      add_site_member "$member" "$role"
    fi
  done < <(jq -r '.siteMembers[] | [.id, .role] | @tsv' "$ACCESS")

  api GET "/sites/$SITE_ID/containers/documentLibrary"
  local doclib f path folder
  doclib="$(entry_id)"
  # The folders with their locally set permissions, as access.json lists them (parents first). Editor, for instance,
  # gives Read and Write but no creating or deleting (Alfresco's permissionDefinitions.xml).
  declare -A folder_ids=()
  while IFS= read -r f; do
    path="$(jq -r .path <<<"$f")"
    folder="$(ensure_folder "$doclib" "$path" "$(jq -r .title <<<"$f")")"
    folder_ids["$path"]="$folder"
    set_permissions "$folder" "$(jq 'if has("inheritPermissions") then .inheritPermissions else true end' <<<"$f")" "$(jq -c '.permissions' <<<"$f")"
  done < <(jq -c '.folders[]' "$ACCESS")
  local committee decisions municipalities_json='{}' council
  committee="${folder_ids[$(jq -r .routing.agendaFolder "$ACCESS")]}"
  decisions="${folder_ids[$(jq -r .routing.decisionRecordFolder "$ACCESS")]}"
  while IFS= read -r council; do
    m="$(jq -r .municipality <<<"$council")"
    folder="${folder_ids[$(jq -r .folder <<<"$council")]:-}"
    [ -n "$folder" ] || fail "access.json: no folder $(jq -r .folder <<<"$council") for the council of $m"
    # Bracketed keys keep spaces and capitals in Spring Boot map keys ("[Alphen aan den Rijn]").
    municipalities_json="$(jq --arg key "[$m]" --arg folder "$folder" --arg mail "$(jq -r .griffie <<<"$council")@$DEMO_MAIL_DOMAIN" \
      '. + {($key): {"council-folder": $folder, griffie: $mail}}' <<<"$municipalities_json")"
  done < <(jq -c '.routing.councils[]' "$ACCESS")
  log "mappen / folders: Regiocommissie=$committee Besluiten=$decisions"

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

  log "klaar / done. Share: http://localhost:8080/share — log in as $(jq -r '.users[0].id' "$ACCESS") (password: $DEMO_PASSWORD, demo only)"
}

main "$@"
