#!/usr/bin/env bash
# Backs up the CCHC Report database to one file (pg_dump custom format, compressed).
#   scripts/backup.sh [FILE]        default FILE: backups/cchc-YYYYMMDD-HHMMSS.dump
# Embedded database (the app is running, default port 54329): no settings needed.
# External server: SPRING_DATASOURCE_URL (+ _USERNAME, _PASSWORD) or PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE.
# pg_dump must be the server's major version or newer (the embedded server is PostgreSQL 15).
set -euo pipefail
. "$(dirname "$0")/pg-env.sh"
file="${1:-backups/cchc-$(date +%Y%m%d-%H%M%S).dump}"
mkdir -p "$(dirname "$file")"
tmp="$file.partial"
pg_dump --format=custom --no-owner --no-privileges --file="$tmp"
mv "$tmp" "$file"
echo "Backup of $PGDATABASE on $PGHOST:$PGPORT written to $file ($(wc -c <"$file") bytes)"
