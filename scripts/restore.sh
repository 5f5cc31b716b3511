#!/usr/bin/env bash
# Restores a backup made by backup.sh, replacing the current data (tables are dropped and re-created).
#   scripts/restore.sh FILE
# Same connection settings as backup.sh. Runs in one transaction: on any error nothing changes.
# Restore while nobody is saving, then restart the app (it keeps nothing cached that outlives a restart).
set -euo pipefail
. "$(dirname "$0")/pg-env.sh"
file="${1:?usage: scripts/restore.sh FILE (a backup made by scripts/backup.sh)}"
[ -r "$file" ] || { echo "cannot read $file" >&2; exit 2; }
pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
  --dbname="$PGDATABASE" "$file"
echo "Restored $file into $PGDATABASE on $PGHOST:$PGPORT"
