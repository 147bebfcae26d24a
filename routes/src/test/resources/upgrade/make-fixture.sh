#!/usr/bin/env bash
# Makes the upgrade test's fixture: a data directory (embedded H2 database and Artemis journal) written by an
# earlier release, with manifests, referrals in every status and messages still on the queue, plus what that
# release's API answered about them. Generated identities only.
#
#   make-fixture.sh <earlier release's repository root, built> <output directory>
#
# The earlier release runs from its repository root (it reads ./config there) on port 18080.
set -euo pipefail
release_root=$(cd "$1" && pwd)
out=$(mkdir -p "$2" && cd "$2" && pwd)
rm -f "$out/release.log"
jar="$release_root/routes/target/safepassage.jar"
data=$(mktemp -d)
base=http://127.0.0.1:18080

start() {
  # no subshell: $! must be the java process itself
  pushd "$release_root" > /dev/null
  java -jar "$jar" --safepassage.data-dir="$data" --server.port=18080 "$@" >> "$out/release.log" 2>&1 &
  echo $! > "$data/pid"
  popd > /dev/null
  for _ in $(seq 1 120); do
    curl -sf -u ingest:ingest "$base/api/v1/session" >/dev/null && return 0
    sleep 1
  done
  echo "the earlier release did not start" >&2; exit 1
}
stop() {
  kill "$(cat "$data/pid")"
  while kill -0 "$(cat "$data/pid")" 2>/dev/null; do sleep 1; done
  rm -f "$data/pid"
  if curl -s "$base/api/v1/session" > /dev/null; then echo "something still answers on $base" >&2; exit 1; fi
}
list() { # flight interchange-ref travellers...
  local flight=$1 ref=$2; shift 2
  local body="UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+MS+++OPERATIONS'TDT+20+$flight+++ZZ'LOC+125+LHR'DTM+189:2612301000:201'LOC+87+AMS'DTM+232:2612301230:201'"
  local n=0
  for t in "$@"; do body="$body$t"; n=$((n + 1)); done
  local segments=$((8 + 8 * n + 2))
  printf "UNA:+.? 'UNB+UNOA:4+ZZAIR+BORDER+261230:0800+%s++APIS'%sCNT+42:%d'UNT+%d+1'UNZ+1+%s'" \
      "$ref" "$body" "$n" "$segments" "$ref"
}
person() { # surname given yymmdd booking document
  printf "NAD+FL+++%s:%s'ATT+2++F'DTM+329:%s'NAT+2+GBR'RFF+AVF:%s'DOC+P+%s'DTM+36:300101'LOC+91+GBR'" "$@"
}
submit() {
  curl -sf -u ingest:ingest --data-binary @- "$base/api/v1/messages" | python3 -c 'import json,sys; print(json.load(sys.stdin)["messageId"])'
}
get() { curl -sf -u officer:officer "$base$1"; }

start
for n in 1 2 3; do
  list "ZZ90$n" "UPG00000$n" "$(person UPGRADECHILD "LONE$n" 190601 "UPL$n" "UPD00$n")" \
      "$(person UPGRADEADULT "TRAVELLER$n" 800101 "UPA$n" "UPD10$n")" | submit > /dev/null
done
for n in 1 2 3; do
  for _ in $(seq 1 60); do
    [ "$(get "/api/v1/referrals?flightId=ZZ90$n-LHR-2026-12-30" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totalItems"])')" = 1 ] && break
    sleep 1
  done
done
referral() { get "/api/v1/referrals?flightId=ZZ90$1-LHR-2026-12-30" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["referralId"])'; }
# ZZ901 stays OPEN, ZZ902 is ACKNOWLEDGED, ZZ903 CLOSED
curl -sf -u officer:officer -X POST "$base/api/v1/referrals/$(referral 2)/acknowledge" > /dev/null
curl -sf -u officer:officer -X POST "$base/api/v1/referrals/$(referral 3)/acknowledge" > /dev/null
curl -sf -u officer:officer -X POST -H 'Content-Type: application/json' \
    -d '{"outcome":"DATA_ERROR","note":"upgrade fixture"}' "$base/api/v1/referrals/$(referral 3)/close" > /dev/null
sleep 2
get "/api/v1/flights?size=1000" > "$out/flights.json"
for n in 1 2 3; do
  get "/api/v1/flights/ZZ90$n-LHR-2026-12-30/travellers?size=1000" > "$out/travellers-ZZ90$n.json"
done
get "/api/v1/referrals?size=1000" > "$out/referrals.json"
stop

# messages accepted by the broker but not yet processed: the PAXLST consumer does not start
start --camel.main.auto-startup-exclude-pattern=paxlst-in
for n in 4 5 6; do
  list "ZZ90$n" "UPG00000$n" "$(person UPGRADEQUEUED "WAITING$n" 800101 "UPQ$n" "UPD20$n")" | submit
done > "$out/queued-message-ids.txt"
sleep 2
for id in $(cat "$out/queued-message-ids.txt"); do
  status=$(get "/api/v1/messages/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
  [ "$status" = RECEIVED ] || { echo "message $id is $status, not waiting on the queue" >&2; exit 1; }
done
stop

rm -rf "$data/logs"
(cd "$data" && zip -qr "$out/data.zip" .)
rm -rf "$data"
echo "fixture written to $out"
