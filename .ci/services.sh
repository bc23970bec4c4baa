# Sourced by .ci/run: a throw-away PostgreSQL and Redis on 127.0.0.1, on free ports, in a temporary
# directory, for the tests that need them (TEST_DATABASE_URL, TEST_REDIS_URL). stop_services undoes it all.

pg_bin_dir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

free_port() {
  node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"
}

# Installs the Debian packages only when missing (apt-get update only then).
install_services() {
  local missing=()
  [ -n "$(pg_bin_dir)" ] || missing+=(postgresql)
  command -v redis-server >/dev/null || missing+=(redis-server)
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "ci: installing ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
  # The package's own cluster is not used: the tests get their own below.
  if command -v pg_lsclusters >/dev/null; then pg_lsclusters -h 2>/dev/null | while read -r version name _; do "${sudo[@]}" pg_ctlcluster "$version" "$name" stop >/dev/null 2>&1 || true; done; fi
}

# Waits (up to about 30 s) until a command succeeds: the services are polled, never slept on blindly.
wait_until() {
  for _ in $(seq 1 300); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "ci: gave up waiting for: $*" >&2
  return 1
}

start_services() {
  install_services
  SERVICES_DIR=$(mktemp -d /tmp/ballotguard-ci.XXXXXX)
  local bin pg_port redis_port
  bin=$(pg_bin_dir)
  pg_port=$(free_port)
  redis_port=$(free_port)
  # PostgreSQL refuses to run as root: as root, run it as the postgres user the package created.
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    as=(runuser -u postgres --)
    chown postgres "$SERVICES_DIR"
  fi
  "${as[@]}" "$bin/initdb" -D "$SERVICES_DIR/pg" -A trust -U ballotguard --no-sync >"$SERVICES_DIR/initdb.log"
  "${as[@]}" "$bin/pg_ctl" -D "$SERVICES_DIR/pg" -l "$SERVICES_DIR/pg.log" -w \
    -o "-p $pg_port -k $SERVICES_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  PG_CTL=("${as[@]}" "$bin/pg_ctl" -D "$SERVICES_DIR/pg")
  "$bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U ballotguard -d postgres -c 'CREATE DATABASE ballotguard_test' >/dev/null

  redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no --dir "$SERVICES_DIR" \
    --daemonize yes --pidfile "$SERVICES_DIR/redis.pid" --logfile "$SERVICES_DIR/redis.log"
  REDIS_PORT=$redis_port
  wait_until redis-cli -h 127.0.0.1 -p "$redis_port" ping

  export TEST_DATABASE_URL="postgresql://ballotguard@127.0.0.1:$pg_port/ballotguard_test"
  export TEST_REDIS_URL="redis://127.0.0.1:$redis_port"
  echo "ci: PostgreSQL on 127.0.0.1:$pg_port, Redis on 127.0.0.1:$redis_port" >&2
}

stop_services() {
  [ -n "${SERVICES_DIR:-}" ] || return 0
  [ -n "${REDIS_PORT:-}" ] && redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  [ -n "${PG_CTL:-}" ] && "${PG_CTL[@]}" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$SERVICES_DIR"
  SERVICES_DIR=
}
