#!/usr/bin/env bash
# Database outage drill: starts the packaged app on a fresh data folder, signs in, keeps a
# small bounded load of signed-in page requests running, takes the embedded PostgreSQL away
# and prints how fast pages answer during the outage and how soon they are served again.
#
#   ./mvnw -q -DskipTests package && ops/outage-drill.sh [kill|stop|freeze|all]
#
#   kill    kill -9 of the postmaster; the app's watcher starts it again
#   stop    immediate shutdown of the server (pg_ctl stop -m immediate); the watcher starts it again
#   freeze  the server and all its processes are stopped (SIGSTOP) for FREEZE_SECONDS, then
#           continued: a database that hangs instead of going away, and comes back by itself
#
# Everything runs on 127.0.0.1 and ends by itself; the data folder is removed at the end.
# Settings (environment): DRILL_PORT (18480), DRILL_WORKERS (3 request loops),
# DRILL_SECONDS (20 s of load after each outage starts), FREEZE_SECONDS (20), JAR, DRILL_LOG (a
# file to keep the app's log in).
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${JAR:-web/target/fourstage.jar}
PORT=${DRILL_PORT:-18480}
WORKERS=${DRILL_WORKERS:-3}
SECONDS_OF_LOAD=${DRILL_SECONDS:-20}
FREEZE_SECONDS=${FREEZE_SECONDS:-20}
SCENARIOS=${1:-all}
[ "$SCENARIOS" = all ] && SCENARIOS="kill stop freeze"
BASE="http://127.0.0.1:$PORT"
PAGE="/admin/accounts"
EMAIL="drill@outage.example"
PASSWORD="drill password for the outage run"

[ -f "$JAR" ] || { echo "No $JAR: build it first with ./mvnw -q -DskipTests package" >&2; exit 1; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/fourstage-drill.XXXXXX")
APP_PID=""
FROZEN=""

cleanup() {
	[ -n "$FROZEN" ] && kill -CONT $FROZEN 2>/dev/null || true
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
		kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID"
	fi
	[ -n "${DRILL_LOG:-}" ] && cp "$WORK/app.log" "$DRILL_LOG"
	rm -rf "$WORK"
}
trap cleanup EXIT

now() { date +%s%3N; }

postmaster() { head -n 1 "$WORK/data/postgres/postmaster.pid" 2>/dev/null; }

echo "Starting $JAR on $BASE, data folder $WORK/data"
SERVER_PORT=$PORT FOURSTAGE_DATA_DIR="$WORK/data" FOURSTAGE_CLINIC_NAME="Drill Clinic" \
	FOURSTAGE_ADMIN_EMAIL=$EMAIL FOURSTAGE_ADMIN_PASSWORD=$PASSWORD \
	java -jar "$JAR" --server.address=127.0.0.1 >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
	curl -s -o /dev/null --max-time 2 "$BASE/actuator/health/readiness" && break
	kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
	sleep 1
done

JAR_COOKIES="$WORK/cookies"
csrf=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "clinic=drill-clinic" --data-urlencode "email=$EMAIL" \
	--data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" "$BASE$PAGE")
[ "$status" = 200 ] || { echo "Sign-in failed (status $status on $PAGE)" >&2; exit 1; }
echo "Signed in; $PAGE answers 200. Embedded PostgreSQL process $(postmaster)."

# One request loop: "start end status" per line, times in ms.
load() {
	local out=$1 stop_at=$2 path=$3 cookie=$4 start code
	while [ "$(now)" -lt "$stop_at" ]; do
		start=$(now)
		code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 ${cookie:+-b "$cookie"} "$BASE$path" || true)
		echo "$start $(now) $code" >>"$out"
		sleep 0.2
	done
}

# Prints the figures of one scenario from the request logs. $2: outage start, $3: database back.
report() {
	local name=$1 down=$2 back=$3
	cat "$WORK/$name".page.* | sort -n | awk -v down="$down" -v back="$back" -v name="$name" '
		$2 >= down { n++; count[$3]++; d = $2 - $1; if (d > worst) { worst = d; worstAt = $1 - down }
			if ($3 == 503 && !first503) first503 = $2
			if ($3 != 200) lastBad = $2 }
		{ rows[NR] = $0 }
		END {
			for (i = 1; i <= NR; i++) { split(rows[i], f, " ")
				if (f[3] == 200 && f[1] > lastBad && f[2] >= down && !served) served = f[2] }
			printf "%-7s requests %d (", name, n
			for (c in count) printf " %s: %d", c, count[c]; printf " )\n"
			printf "        first 503 page %s ms after the outage began; slowest answer %d ms (asked at %+d ms)\n",
				first503 ? first503 - down : "(none)", worst, worstAt
			if (back > 0) printf "        served again %d ms after the database was back (%d ms after the outage began)\n", served - back, served - down
			else printf "        served again %d ms after the outage began\n", served - down
		}'
	awk -v down="$down" '$2 >= down && $3 != 200 && !d { d = $2 } $2 >= down && d && $3 == 200 && !u { u = $2 }
		END { printf "        readiness DOWN %s ms after the outage began, UP again %s ms after\n",
			d ? d - down : "(never)", u ? u - down : "(not yet)" }' "$WORK/$name.ready"
	awk '$3 != 200 { bad++ } END { printf "        liveness: %d answers, %d not UP\n", NR, bad + 0 }' "$WORK/$name.live"
}

run() {
	local name=$1 stop_at down back=0 pid loops=()
	stop_at=$(($(now) + (SECONDS_OF_LOAD + 3) * 1000))
	[ "$name" = freeze ] && stop_at=$((stop_at + FREEZE_SECONDS * 1000))
	for w in $(seq 1 "$WORKERS"); do
		load "$WORK/$name.page.$w" "$stop_at" "$PAGE" "$JAR_COOKIES" &
		loops+=($!)
	done
	load "$WORK/$name.ready" "$stop_at" /actuator/health/readiness "" &
	loops+=($!)
	load "$WORK/$name.live" "$stop_at" /actuator/health/liveness "" &
	loops+=($!)
	sleep 3
	pid=$(postmaster)
	down=$(now)
	case $name in
	kill) kill -9 "$pid" ;;
	stop)
		pg_ctl="$(dirname "$(readlink "/proc/$pid/exe")")/pg_ctl"
		if [ "$(id -u)" = 0 ]; then unshare -U "$pg_ctl" -D "$WORK/data/postgres" stop -m immediate >/dev/null
		else "$pg_ctl" -D "$WORK/data/postgres" stop -m immediate >/dev/null; fi ;;
	freeze)
		FROZEN="$pid $(pgrep -P "$pid" | tr '\n' ' ')"
		kill -STOP $FROZEN
		sleep "$FREEZE_SECONDS"
		kill -CONT $FROZEN
		FROZEN=""
		back=$(now) ;;
	esac
	wait "${loops[@]}"
	report "$name" "$down" "$back"
}

echo "Load: $WORKERS loops on $PAGE plus readiness and liveness probes, each request followed by 200 ms."
for scenario in $SCENARIOS; do
	run "$scenario"
done
grep -E 'EmbeddedDatabaseWatcher|DatabaseUnavailableFilter' "$WORK/app.log" | sed 's/^\(.\{200\}\).*/\1/' | tail -n 8
