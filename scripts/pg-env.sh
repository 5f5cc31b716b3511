# Sourced by backup.sh and restore.sh: works out which PostgreSQL to talk to, in this order:
#  1. SPRING_DATASOURCE_URL (jdbc:postgresql://host[:port]/db[?...]) with SPRING_DATASOURCE_USERNAME/_PASSWORD,
#     the same variables the app reads for an external server;
#  2. the libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE;
#  3. otherwise the app's embedded server: 127.0.0.1, port CCHC_DB_PORT (default 54329), user and db postgres,
#     password CCHC_DB_PASSWORD or the one the app generated into ${CCHC_DATA_DIR:-./data}/db-password (mode 0600:
#     run the script as the app's OS user, or as root).
# Explicit PG* variables win over what the URL says.
if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  url="${SPRING_DATASOURCE_URL#jdbc:postgresql://}"
  if [ "$url" = "$SPRING_DATASOURCE_URL" ]; then
    echo "SPRING_DATASOURCE_URL must look like jdbc:postgresql://host:port/database" >&2
    exit 2
  fi
  url="${url%%\?*}"
  hostport="${url%%/*}"
  db="${url#*/}"
  [ "$db" = "$url" ] && db=postgres
  host="${hostport%%:*}"
  port=5432
  case "$hostport" in *:*) port="${hostport##*:}" ;; esac
  export PGHOST="${PGHOST:-$host}" PGPORT="${PGPORT:-$port}" PGDATABASE="${PGDATABASE:-$db}"
  [ -n "${SPRING_DATASOURCE_USERNAME:-}" ] && export PGUSER="${PGUSER:-$SPRING_DATASOURCE_USERNAME}"
  [ -n "${SPRING_DATASOURCE_PASSWORD:-}" ] && export PGPASSWORD="${PGPASSWORD:-$SPRING_DATASOURCE_PASSWORD}"
fi
if [ -z "${SPRING_DATASOURCE_URL:-}" ] && [ -z "${PGHOST:-}" ] && [ -z "${PGPASSWORD:-}" ]; then
  if [ -n "${CCHC_DB_PASSWORD:-}" ]; then
    export PGPASSWORD="$CCHC_DB_PASSWORD"
  else
    secret="${CCHC_DATA_DIR:-./data}/db-password"
    if [ -r "$secret" ]; then
      PGPASSWORD="$(head -n 1 "$secret")"
      export PGPASSWORD
    else
      echo "cannot read $secret (the embedded database's password): run as the app's OS user, set CCHC_DATA_DIR," \
        "or set PGPASSWORD / CCHC_DB_PASSWORD" >&2
      exit 2
    fi
  fi
fi
export PGHOST="${PGHOST:-127.0.0.1}"
export PGPORT="${PGPORT:-${CCHC_DB_PORT:-54329}}"
export PGUSER="${PGUSER:-postgres}"
export PGDATABASE="${PGDATABASE:-postgres}"
for tool in pg_dump pg_restore; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool not found: install the PostgreSQL client (e.g. apt-get install postgresql-client-15)" >&2; exit 3; }
done
