#!/usr/bin/env bash
# `npm test`: the checks, then the test suite, one after another; stops at the first that fails. Ends with the time of
# each phase (and of the install, when .ci/run gives it in CARREFOUR_INSTALL_MS), the suite's groups and the total.
set -uo pipefail
cd "$(dirname "$0")/.."

export CARREFOUR_SUITE_TIMES="${CARREFOUR_SUITE_TIMES:-$PWD/.tmp/suite-times.txt}"
rm -f "$CARREFOUR_SUITE_TIMES"

now_ms() { date +%s%3N; }
row() { printf '%-10s %6d.%d s' "$1" $(($2 / 1000)) $(($2 % 1000 / 100)); }
started=$(now_ms)
install_ms=${CARREFOUR_INSTALL_MS:-0}
rows=()
if [ "$install_ms" -gt 0 ]; then rows+=("$(row installation "$install_ms")"); fi

summary() {
  echo
  echo "Temps de npm test :"
  printf '  %s\n' "${rows[@]}"
  printf '  %s\n' "$(row total $(($(now_ms) - started + install_ms)))"
}

# Runs one phase (an npm script, or vitest) and records its time; on failure, prints the table so far and stops.
phase() {
  local name=$1 start status
  shift
  start=$(now_ms)
  "$@"
  status=$?
  rows+=("$(row "$name" $(($(now_ms) - start)))")
  if [ "$name" = vitest ] && [ -s "$CARREFOUR_SUITE_TIMES" ]; then
    while IFS= read -r line; do rows+=("  $line"); done <"$CARREFOUR_SUITE_TIMES"
  fi
  if [ $status -ne 0 ]; then
    summary
    echo "Échec à l’étape « $name » (code $status)."
    exit $status
  fi
}

phase check npm run check
phase lint npm run lint
phase format npm run format:check
phase knip npm run knip
phase validate npm run validate
phase vitest vitest run "$@"
summary
