#!/usr/bin/env bash
# Prints an access token from the local development issuer, the way a front end gets one
# (authorization code with PKCE, logging in as a demo account) or a system (client credentials).
#   deploy/local/token.sh district-tiexi          # a person: any demo account, password "renewal"
#   deploy/local/token.sh --client                # the machine client integration-demo (reads everything)
#   deploy/local/token.sh --client treasury-demo  # another demo system: treasury-demo, hotline-demo, register-demo
# Needs curl and openssl. ISSUER (default http://localhost:9000) selects the issuer.
set -euo pipefail
ISSUER=${ISSUER:-http://localhost:9000}
REDIRECT=http://localhost:8080/swagger-ui/oauth2-redirect.html

json_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }

if [ "${1:-}" = "--client" ]; then
  case "${2:-integration-demo}" in
    integration-demo) creds=integration-demo:integration-secret
                      scope="survey.read plan.read project.read funding.read governance.read" ;;
    treasury-demo) creds=treasury-demo:treasury-secret; scope="funding.read funding.ledger.write" ;;
    hotline-demo) creds=hotline-demo:hotline-secret; scope="governance.read governance.tickets.write" ;;
    register-demo) creds=register-demo:register-secret; scope="survey.read survey.rolls.propose" ;;
    *) echo "unknown demo client ${2}: integration-demo, treasury-demo, hotline-demo or register-demo" >&2; exit 1 ;;
  esac
  curl -sf -u "$creds" -d grant_type=client_credentials -d scope="$scope" "$ISSUER/oauth2/token" \
    | json_field access_token
  exit 0
fi
USER=${1:?usage: token.sh <demo account> | --client}
PASSWORD=${PASSWORD:-renewal}
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
verifier=$(openssl rand -base64 48 | tr -d '=+/\n' | cut -c1-64)
challenge=$(printf '%s' "$verifier" | openssl dgst -binary -sha256 | openssl base64 | tr '+/' '-_' | tr -d '=\n')
authorize="$ISSUER/oauth2/authorize?response_type=code&client_id=renewal-web&scope=openid&state=cli"
authorize+="&redirect_uri=$REDIRECT&code_challenge=$challenge&code_challenge_method=S256"

curl -s -c "$jar" -b "$jar" -o /dev/null "$authorize"
csrf=$(curl -s -c "$jar" -b "$jar" "$ISSUER/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$USER" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$csrf" "$ISSUER/login"
location=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$authorize")
code=$(printf '%s' "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
[ -n "$code" ] || { echo "login failed for $USER (unknown account or wrong password?)" >&2; exit 1; }
curl -sf -d grant_type=authorization_code -d client_id=renewal-web -d "code=$code" \
  -d "redirect_uri=$REDIRECT" -d "code_verifier=$verifier" "$ISSUER/oauth2/token" | json_field access_token
