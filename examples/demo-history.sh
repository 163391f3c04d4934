#!/usr/bin/env bash
# Builds the demo catalog with a past: copies catalog/ into a new directory
# and makes it a git repository whose history runs over the last four
# quarters (2026-Q1 to 2026-Q4, the demo's "today" being 2026-11-27), with
# dated commits and a tag at the end of each past quarter. On that copy the
# features that read history show real content:
#
#   platctl kpi --trend --since 2026-Q1           adoption, coverage, deprecation progress per quarter
#   platctl changelog --from v2026-q3             what changed since the end of Q3
#   platctl report roadmap --quarter 2026-Q4      scope added and removed since the quarter began
#   platctl deprecation show legacy-auth-sunset   the burn-down of migrated consumers
#   platctl scorecard show production-readiness --trend   levels at each quarter's end
#   platctl campaign show sso-everywhere          the weekly burn-up
#
# Usage: examples/demo-history.sh [DIR]      (default: ./northwind-demo)
# The project's own catalog/ is only read, never changed. DIR must not exist.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
src="$here/catalog"
dest="${1:-northwind-demo}"

if ! command -v git >/dev/null 2>&1; then
    echo "error: git is needed to build the demo's history" >&2
    exit 2
fi
if [ -e "$dest" ]; then
    echo "error: $dest exists already; name a new directory" >&2
    exit 2
fi
mkdir -p "$dest"
dest="$(cd "$dest" && pwd)"
cd "$dest"

# A fixed identity and no user or system configuration: the same history
# (the same commit ids) on every machine.
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME="Northwind Platform" GIT_AUTHOR_EMAIL="platform@northwind.example"
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
git init -q -b main
git config user.name "$GIT_AUTHOR_NAME"
git config user.email "$GIT_AUTHOR_EMAIL"

# commit DATE MESSAGE: commits everything, dated DATE (noon UTC).
commit() {
    git add -A
    GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z" \
        git commit -q --allow-empty -m "$2"
}

# tag NAME: a tag on the last commit.
tag() { git tag "$1"; }

# take PATH...: the file (or directory) as it is in the demo catalog.
take() {
    for p in "$@"; do
        mkdir -p "$(dirname "$p")"
        cp -R "$src/$p" "$p"
    done
}

# lifecycle CAPABILITY STAGE: the capability's file, at an earlier stage.
lifecycle() {
    mkdir -p capabilities
    sed "s/^lifecycle: .*/lifecycle: $2/" "$src/capabilities/$1.yaml" >"capabilities/$1.yaml"
}

# arrived DATE DIR FIELD: every file of DIR whose FIELD (created, requested)
# is on or before DATE, as it is in the demo catalog.
arrived() {
    local f d
    mkdir -p "$2"
    for f in "$src/$2"/*.yaml; do
        d="$(sed -n "s/^[[:space:]]*$3: *\([0-9-]*\).*/\1/p" "$f" | head -n 1)"
        if [ -z "$d" ] || [[ ! "$d" > "$1" ]]; then
            cp "$f" "$2/"
        fi
    done
}

# q4 DATE: the 2026-Q4 roadmap as it stood on DATE. Items delivered later
# are still in progress, the item added on 2026-10-20 is not there yet, and
# an item dropped from the plan on 2026-11-05 is still in it.
q4() {
    mkdir -p roadmap
    awk -v asof="$1" '
        function flush(   i, line) {
            if (!n) return
            if (!(id == "incident-review-automation" && asof < "2026-10-20")) {
                for (i = 1; i <= n; i++) {
                    line = buf[i]
                    if (late && line ~ /^    status: delivered/) line = "    status: in-progress"
                    if (late && line ~ /^    delivered: /) continue
                    print line
                }
            }
            n = 0
        }
        /^  - id: / { flush(); inside = 1; id = $3; late = 0 }
        inside {
            buf[++n] = $0
            if ($0 ~ /^    delivered: /) { if ($2 > asof) late = 1 }
            next
        }
        { print }
        END { flush() }
    ' "$src/roadmap/2026-Q4.yaml" >roadmap/2026-Q4.yaml
    if [[ "$1" < "2026-11-05" ]]; then
        cat >>roadmap/2026-Q4.yaml <<'EOF'
  - id: cost-anomaly-alerts
    title: Alerts on cost anomalies per team
    theme: cost
    owner: team-runtime
    capability: cost-insights
    status: planned
    effort: 3
    outcome: A team hears about a cost spike the day it starts
EOF
    fi
}

# legacy_auth STAGE: the legacy-auth sunset as it stood (announced,
# wave-1, exempt); the demo's own file is the last stage.
legacy_auth() {
    mkdir -p deprecations
    local status=announced wave1=pending exempt="    status: pending"
    case "$1" in
        wave-1) status=migrating wave1=migrated ;;
        exempt) status=migrating wave1=migrated
            exempt="    status: exempt
    exception: EXC-Y9HH6E        # until the index rewrite (2027-Q1)" ;;
    esac
    cat >deprecations/legacy-auth-sunset.yaml <<EOF
# The old auth service goes away for good. Everyone moves to SSO (OIDC v2).
id: legacy-auth-sunset
capability: legacy-auth
replacement: identity-sso
announced: 2026-06-15
sunset: 2026-12-15
status: $status
migration_guide: https://docs.northwind.example/platform/migrate-legacy-auth
consumers:
  - service: checkout-api
    status: $wave1
  - service: cart-service
    status: $wave1
  - service: payments-api
    status: $wave1
  - service: mobile-bff
    status: $wave1
  - service: loyalty-api
    status: pending
  - service: delivery-tracking
    status: pending
  - service: gift-cards
    status: pending
  - service: label-printer-bridge
    status: pending
  - service: search-indexer
$exempt
EOF
}

# legacy_ci STAGE: the Jenkins shutdown before it completed.
legacy_ci() {
    mkdir -p deprecations
    sed -e "s/^status: completed/status: $1/" -e 's/^    status: migrated/    status: pending/' \
        "$src/deprecations/legacy-ci-shutdown.yaml" >deprecations/legacy-ci-shutdown.yaml
}

# ---------------------------------------------------------------- 2026-Q1
take platctl.yaml teams schemas
take capabilities
lifecycle legacy-auth ga
lifecycle legacy-ci ga
lifecycle managed-postgres experimental
lifecycle preview-environments proposed
lifecycle cost-insights proposed
lifecycle feature-flags experimental
rm -f capabilities/ml-feature-store.yaml capabilities/event-streaming.yaml
arrived 2026-01-20 services created
commit 2026-01-20 "Catalog: settings, teams, capabilities and the first services"

legacy_ci announced
lifecycle legacy-ci deprecated
commit 2026-02-02 "deprecation: legacy-ci-shutdown, the shared Jenkins goes on 2026-06-30"

arrived 2026-03-15 services created
lifecycle feature-flags beta
take metrics surveys
commit 2026-03-15 "feature-flags to beta; services onboarded in Q1; KPI series"
tag v2026-q1

# ---------------------------------------------------------------- 2026-Q2
arrived 2026-04-30 services created
legacy_ci migrating
lifecycle managed-postgres beta
take capabilities/event-streaming.yaml
lifecycle event-streaming experimental
commit 2026-04-30 "managed-postgres to beta; event-streaming experiment; Jenkins migrations start"

arrived 2026-06-15 services created
arrived 2026-06-15 exceptions requested
arrived 2026-06-15 intake created
legacy_auth announced
lifecycle legacy-auth deprecated
commit 2026-06-15 "deprecation: legacy-auth-sunset, legacy auth goes on 2026-12-15"

take deprecations/legacy-ci-shutdown.yaml capabilities/legacy-ci.yaml
commit 2026-06-30 "legacy-ci retired: the shared Jenkins is off"
tag v2026-q2

# ---------------------------------------------------------------- 2026-Q3
take roadmap/2026-Q3.yaml
take scorecards
arrived 2026-07-15 services created
arrived 2026-07-15 exceptions requested
commit 2026-07-15 "roadmap: 2026-Q3 plan; production-readiness and capability-quality scorecards"

legacy_auth wave-1
arrived 2026-08-20 services created
arrived 2026-08-20 intake created
commit 2026-08-20 "legacy-auth wave 1 migrated: checkout, cart, payments, mobile-bff"

q4 2026-09-28
lifecycle preview-environments experimental
take capabilities/ml-feature-store.yaml
arrived 2026-09-28 services created
arrived 2026-09-28 exceptions requested
arrived 2026-09-28 intake created
commit 2026-09-28 "roadmap: 2026-Q4 plan; preview-environments experiment; ml-feature-store proposed"
tag v2026-q3

# ---------------------------------------------------------------- 2026-Q4
legacy_auth exempt
take campaigns
arrived 2026-10-05 exceptions requested
commit 2026-10-05 "search-indexer exempt from the legacy-auth sunset until 2027-Q1 (EXC-Y9HH6E); the sso-everywhere campaign starts"

q4 2026-10-20
arrived 2026-10-20 intake created
commit 2026-10-20 "roadmap: incident review automation added to 2026-Q4"

q4 2026-10-30
lifecycle cost-insights beta
commit 2026-10-30 "cost-insights beta delivered"

q4 2026-11-05
take deprecations/observability-agent-v1.yaml
arrived 2026-11-05 intake created
commit 2026-11-05 "telemetry agent v1 sunset announced; cost anomaly alerts dropped from 2026-Q4"

q4 2026-11-13
take deprecations/legacy-auth-sunset.yaml
arrived 2026-11-13 intake created
commit 2026-11-13 "sso-group-sync delivered; loyalty-api and delivery-tracking moving off legacy auth"

q4 2026-11-20
arrived 2026-11-20 exceptions requested
commit 2026-11-20 "ci-cache-fix delivered"

# The rest: the demo catalog exactly as it is.
rm -rf ./*
cp -R "$src"/. .
commit 2026-11-26 "Catalog as of 2026-11-26"

echo "built $dest: $(git rev-list --count HEAD) commits over 2026-Q1..Q4, tags $(git tag | tr '\n' ' ')"
echo "try: cd $dest && export PLATCTL_TODAY=2026-11-27 && platctl kpi --trend --since 2026-Q1"
