#!/usr/bin/env bash
# Render the unit files with this installation's paths and user (the install step; see README.md).
#   deploy/systemd/render.sh [--root DIR] [--user NAME] [--env-file FILE] [--out DIR]
# Defaults: --root this checkout, --user botox-assistant, --env-file /etc/botox-assistant/env,
# --out /etc/systemd/system. Prints the files it wrote.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
user=botox-assistant
env_file=/etc/botox-assistant/env
out=/etc/systemd/system
while [ $# -gt 0 ]; do
  case "$1" in
    --root) root=$(cd "$2" && pwd); shift 2 ;;
    --user) user=$2; shift 2 ;;
    --env-file) env_file=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "usage: $0 [--root DIR] [--user NAME] [--env-file FILE] [--out DIR]" >&2; exit 2 ;;
  esac
done
for value in "$root" "$env_file"; do
  case "$value" in /*) ;; *) echo "$value: an absolute path is needed" >&2; exit 2 ;; esac
  case "$value" in *[[:space:]\|\&\\%]*) echo "$value: no spaces or |&\\% in paths, please" >&2; exit 2 ;; esac
done
mkdir -p "$out"
for unit in "$here"/*.service "$here"/*.timer; do
  target="$out/$(basename "$unit")"
  sed -e "s|@ROOT@|$root|g" -e "s|@USER@|$user|g" -e "s|@ENV_FILE@|$env_file|g" "$unit" > "$target"
  chmod 0644 "$target"
  echo "$target"
done
