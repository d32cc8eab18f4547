#!/usr/bin/env bash
# Durability drill for the embedded PostgreSQL: are confirmed writes still there after the
# application and its database are killed together?
#
#   ops/durability-drill.sh [ROUNDS] [LOAD_SECONDS]      (defaults 5 and 8; at most 20 and 60)
#
# Each round starts the packaged jar (web/target/fourstage.jar) on a fresh data folder, signs
# in as the first admin, creates a physio, and lets four workers register patients through
# the web form (one session each) for LOAD_SECONDS. Every registration the app confirmed (a redirect to the new
# patient's page) is written down. Then the app and every PostgreSQL process are killed with
# SIGKILL at the same moment, the app is started again on the same folder, and the confirmed
# registrations are looked up in the database with psql:
#
#   round 1: acknowledged 412, found 412, lost 0 (1 more row committed without an answer)
#
# Everything runs on loopback. Needs curl and psql. Settings (environment):
#   FOURSTAGE_ADMIN_EMAIL, FOURSTAGE_ADMIN_PASSWORD   first admin (a random password if unset)
#   DRILL_JAR        the jar to test (default web/target/fourstage.jar)
#   DRILL_PORT       HTTP port (default 18231); DRILL_DB_PORT database port (default 18232)
#   DRILL_DIR        where the data folders and logs go (default target/durability-drill)
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-5}
load_seconds=${2:-8}
if ((rounds < 1 || rounds > 20 || load_seconds < 1 || load_seconds > 60)); then
	echo "usage: $0 [ROUNDS 1-20] [LOAD_SECONDS 1-60]" >&2
	exit 2
fi
for tool in curl psql java; do
	command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done

jar=${DRILL_JAR:-web/target/fourstage.jar}
port=${DRILL_PORT:-18231}
db_port=${DRILL_DB_PORT:-18232}
work=${DRILL_DIR:-target/durability-drill}
base="http://127.0.0.1:$port"
admin_email=${FOURSTAGE_ADMIN_EMAIL:-drill-admin@drill.example}
admin_password=${FOURSTAGE_ADMIN_PASSWORD:-Drill-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')}
physio_password="Physio-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
[ -f "$jar" ] || { echo "No $jar: build it with ./mvnw -q -DskipTests package" >&2; exit 2; }
mkdir -p "$work"

app_pid=
cleanup() {
	if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
		kill -TERM "$app_pid"
		wait "$app_pid" 2>/dev/null || true
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_app() { # data folder, log file
	SERVER_PORT=$port FOURSTAGE_DATA_DIR=$1 FOURSTAGE_EMBEDDED_DATABASE_PORT=$db_port \
		FOURSTAGE_CLINIC_NAME="Drill Clinic" FOURSTAGE_ADMIN_EMAIL=$admin_email \
		FOURSTAGE_ADMIN_PASSWORD=$admin_password FOURSTAGE_ADMIN_NAME="Drill Admin" \
		java -jar "$jar" >>"$2" 2>&1 &
	app_pid=$!
	for _ in $(seq 1 240); do
		if curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; then
			return 0
		fi
		kill -0 "$app_pid" 2>/dev/null || { echo "the app stopped; see $2" >&2; exit 1; }
		sleep 0.5
	done
	echo "the app did not come up within 120 s; see $2" >&2
	exit 1
}

csrf() { # cookie jar, path: the CSRF token of the page's form
	curl -fsS -b "$1" -c "$1" "$base$2" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1
}

sign_in() { # cookie jar, email, password
	local token
	token=$(csrf "$1" /login)
	curl -sS -o /dev/null -b "$1" -c "$1" --data-urlencode "clinic=drill-clinic" --data-urlencode "email=$2" --data-urlencode "password=$3" \
		--data-urlencode "_csrf=$token" "$base/login"
}

make_physio() { # admin cookie jar, physio cookie jar, email
	local token location link
	token=$(csrf "$1" /admin/accounts/new)
	location=$(curl -sS -o /dev/null -w '%{redirect_url}' -b "$1" -c "$1" --data-urlencode "name=Drill Physio" \
		--data-urlencode "email=$3" --data-urlencode "role=PHYSIO" --data-urlencode "_csrf=$token" \
		"$base/admin/accounts")
	link=$(curl -fsS -b "$1" -c "$1" "$location" | sed -n 's/.*id="link-url"[^>]*value="\([^"]*\)".*/\1/p' \
		| head -n 1 | sed 's/&amp;/\&/g')
	link="$base/password/set?${link#*\?}"
	local page set_token
	page=$(curl -fsS -b "$2" -c "$2" "$link")
	token=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' <<<"$page" | head -n 1)
	set_token=$(sed -n 's/.*name="token" value="\([^"]*\)".*/\1/p' <<<"$page" | head -n 1)
	curl -sS -o /dev/null -b "$2" -c "$2" --data-urlencode "token=$set_token" \
		--data-urlencode "password=$physio_password" --data-urlencode "confirmation=$physio_password" \
		--data-urlencode "_csrf=$token" "$base/password/set"
}

register_patients() { # physio cookie jar, worker number, file of confirmed references
	local token today i=0 reference answer
	token=$(csrf "$1" /patients/new)
	today=$(date +%F)
	while :; do
		i=$((i + 1))
		reference="W$2-$i"
		answer=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -b "$1" --max-time 10 \
			--data-urlencode "reference=$reference" --data-urlencode "name=Drill Patient $reference" \
			--data-urlencode "dateOfBirth=1980-01-01" --data-urlencode "sex=FEMALE" \
			--data-urlencode "consentGiven=true" --data-urlencode "consentDate=$today" \
			--data-urlencode "_csrf=$token" "$base/patients" 2>/dev/null) || break
		case "$answer" in
		302\ */patients/*) echo "$reference" >>"$3" ;;
		*) break ;;
		esac
	done
}

postgres_pids() { # data folder: the postmaster and its children
	local master
	master=$(head -n 1 "$1/postgres/postmaster.pid" 2>/dev/null || true)
	[ -n "$master" ] || return 0
	echo "$master"
	ps -o pid= --ppid "$master" || true
}

count_rows() { # data folder, SQL
	local user=postgres password=
	if [ -f "$1/database-secrets.properties" ]; then
		user=fourstage_owner
		password=$(sed -n 's/^owner\.password=//p' "$1/database-secrets.properties")
	fi
	PGPASSWORD=$password psql -h 127.0.0.1 -p "$db_port" -U "$user" -d postgres -Atc "$2"
}

total_acked=0 total_lost=0
for round in $(seq 1 "$rounds"); do
	data="$work/round-$round"
	rm -rf "$data"
	mkdir -p "$data"
	log="$data/app.log"
	start_app "$data" "$log"

	admin_jar="$data/admin.cookies"
	sign_in "$admin_jar" "$admin_email" "$admin_password"
	physio_email="physio-$round@drill.example"
	make_physio "$admin_jar" "$data/physio.cookies" "$physio_email"

	# One session per worker: requests of one session are not meant to run in parallel.
	for worker in 1 2 3 4; do
		sign_in "$data/worker-$worker.cookies" "$physio_email" "$physio_password"
	done
	for worker in 1 2 3 4; do
		register_patients "$data/worker-$worker.cookies" "$worker" "$data/acked-$worker" &
	done
	sleep "$load_seconds"
	# The power cut: the app and every database process at the same moment, mid-load.
	# shellcheck disable=SC2046
	kill -9 "$app_pid" $(postgres_pids "$data") 2>/dev/null || true
	wait 2>/dev/null || true
	app_pid=

	start_app "$data" "$log"
	cat "$data"/acked-* 2>/dev/null | sort -u >"$data/acked"
	count_rows "$data" "SELECT reference FROM patients" | sort -u >"$data/found"
	acked=$(wc -l <"$data/acked")
	found=$(comm -12 "$data/acked" "$data/found" | wc -l)
	lost=$((acked - found))
	unanswered=$(comm -13 "$data/acked" "$data/found" | wc -l)
	echo "round $round: acknowledged $acked, found $found, lost $lost ($unanswered more rows committed without an answer)"
	total_acked=$((total_acked + acked))
	total_lost=$((total_lost + lost))
	kill -TERM "$app_pid"
	wait "$app_pid" 2>/dev/null || true
	app_pid=
done
echo "all rounds: acknowledged $total_acked, lost $total_lost"
[ "$total_lost" -eq 0 ]
