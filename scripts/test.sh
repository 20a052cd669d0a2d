#!/usr/bin/env bash
# `npm test`: every check that guards quality, in order. Each check outside vitest counts as one
# test; the run goes on after a failure so that one run shows everything, and it ends with the
# line "N passed, N failed" (vitest's tests plus these checks).
set -u
cd "$(dirname "$0")/.."

passed=0
failed=0
failures=()

check() {
  local name="$1"
  shift
  echo "::: $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "!!! FAILED: $name"
  fi
}

check "Biome: format and lint (biome.jsonc)" npx biome check .
check "type-check the core (no DOM, no Node globals)" npx tsc -p tsconfig.json
check "type-check tests, scripts and examples" npx tsc -p tsconfig.test.json --noEmit
check "embedded data matches its generator" npx tsx scripts/generate-data.ts --check
check "build (ESM + CJS + types + JSON Schema)" npm run build --silent

rm -f .vitest-report.json
npx vitest run --reporter=default --reporter=json --outputFile.json=.vitest-report.json
vitest_status=$?
if [ -f .vitest-report.json ]; then
  read -r vp vf < <(node -e 'const r=require("./.vitest-report.json");console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTestSuites && r.success===false && r.numFailedTests===0 ? 1 : 0))')
  passed=$((passed + vp))
  failed=$((failed + vf))
  [ "$vf" -gt 0 ] && failures+=("vitest: $vf failed")
else
  failed=$((failed + 1))
  failures+=("vitest wrote no report (exit $vitest_status)")
fi

check "publint --strict" npx publint --strict
check "are the types wrong (attw --pack, default profile)" npx attw --pack .
check "typedoc: every export documented, no warnings" npx typedoc --emit none
check "size budgets (size-limit)" npx size-limit
check "size budgets sit 2-6% above the measured sizes (re-measure: npm run size:measure -- --write)" npx tsx scripts/size-budgets.ts --check

if [ ${#failures[@]} -gt 0 ]; then
  echo
  echo "Failed:"
  printf -- "- %s\n" "${failures[@]}"
fi
echo
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
