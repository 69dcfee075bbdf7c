#!/usr/bin/env bash
# The restore drill against the running suite (deploy/run.sh start): back up, change data, restore,
# and read the original data back through the gateway. Changes and then restores the run command's
# own databases, so it is for a suite that serves no one.
#
#   deploy/backup-drill.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
API=http://localhost:8080/api/v1
began=$SECONDS

token() {
  curl -fsS -d client_id=foreign-affairs-cli -d grant_type=password -d username=th.officer -d password=demo \
    http://localhost:8180/realms/foreign-affairs/protocol/openid-connect/token | jq -r .access_token
}
fail() { echo "drill: FAILED: $*"; exit 1; }

TOKEN=$(token)
stamp=$(date +%s)
# A partner and a person with a passport (sealed at rest) as they stand before the backup.
partner=$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"nameVi\":\"Đối tác diễn tập $stamp\",\"kind\":\"PROVINCE_STATE\",\"countryCode\":\"LA\"}" "$API/partners" | jq -r .id)
delegation=$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "{\"direction\":\"OUTBOUND\",
  \"title\":\"Đoàn diễn tập sao lưu $stamp\",\"purpose\":\"WORKING_VISIT\",\"startOn\":\"2027-09-01\",\"endOn\":\"2027-09-03\",
  \"destinationCountries\":[\"LA\"],\"partnerName\":\"Tỉnh Hủa Phăn\",\"fundingSource\":\"Ngân sách tỉnh\"}" "$API/delegations" | jq -r .id)
etag=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $TOKEN" "$API/delegations/$delegation" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
person=$(curl -fsS -H "Authorization: Bearer $TOKEN" -H "If-Match: $etag" -H 'Content-Type: application/json' \
  -d "{\"fullName\":\"Người diễn tập $stamp\",\"passportNumber\":\"D$stamp\",\"dateOfBirth\":\"1981-03-04\"}" \
  "$API/delegations/$delegation/members" | jq -r .personId)
echo "drill: partner $partner, delegation $delegation, person $person"

"$ROOT/deploy/run.sh" backup "$ROOT/.run/backups/drill-$stamp"

# What happens after the backup, and must be gone after the restore.
TOKEN=$(token)
petag=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $TOKEN" "$API/partners/$partner" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $TOKEN" -H "If-Match: $petag" -H 'Content-Type: application/json' \
  -d '{"nameVi":"Đổi tên sau sao lưu","kind":"PROVINCE_STATE","countryCode":"LA"}' "$API/partners/$partner"
later=$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"nameVi\":\"Đối tác sau sao lưu $stamp\",\"kind\":\"PROVINCE_STATE\",\"countryCode\":\"LA\"}" "$API/partners" | jq -r .id)
[[ $(curl -fsS -H "Authorization: Bearer $TOKEN" "$API/partners/$partner" | jq -r .nameVi) == "Đổi tên sau sao lưu" ]] || fail "the change after the backup did not take"

"$ROOT/deploy/run.sh" restore "$ROOT/.run/backups/drill-$stamp"

TOKEN=$(token)
name=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$API/partners/$partner" | jq -r .nameVi)
[[ $name == "Đối tác diễn tập $stamp" ]] || fail "the partner reads '$name' after the restore"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$API/partners/$later")
[[ $status == 404 ]] || fail "the partner made after the backup answers $status after the restore"
passport=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$API/delegations/people/$person" | jq -r .passportNumber)
[[ $passport == "D$stamp" ]] || fail "the person's passport reads '$passport' after the restore"
echo "drill: passed in $((SECONDS - began)) s: the partner's name and the person's passport read as before the backup; the partner made after it is gone"
