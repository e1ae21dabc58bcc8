#!/usr/bin/env bash
# The publish build, the same on both hosts: .github/workflows/publish.yml runs it for GitHub Pages, netlify.toml
# for Netlify (production and deploy previews). Dependencies are installed before it; the output is dist/.
# Guide: docs/mise-en-ligne.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1

# A setting left empty by the host (an unset repository variable is an empty string) falls back to its default.
for name in SITE_URL CMS_REPO CMS_BRANCH COMMITTEE_EMAIL CMS_AUTH_BASE_URL CMS_AUTH_ENDPOINT; do
  if [ -z "${!name:-}" ]; then unset "$name"; fi
done
# Netlify gives the site's main address as URL: the public address unless SITE_URL says otherwise.
if [ -z "${SITE_URL:-}" ] && [ -n "${URL:-}" ]; then export SITE_URL="$URL"; fi

# Each page's « Historique » reads the whole Git history: a shallow clone would show none.
if [ "$(git rev-parse --is-shallow-repository)" = true ]; then
  if ! git fetch --quiet --unshallow; then
    echo "Publication arrêtée : l’historique Git complet n’a pas pu être récupéré (git fetch --unshallow)." >&2
    echo "Correction : clonez le dépôt avec tout son historique (actions/checkout : fetch-depth: 0)." >&2
    exit 1
  fi
fi

npm run publish:check
npm run validate
npm run build
npm run check:site
