#!/usr/bin/env bash
# Benchmark of the CLI (not run in CI): 10,000 employees against the sandbox.
# Times, end to end with JVM start: the first apply (everyone created in five vendors) and the
# no-op re-apply of the same file (goal: under 10 s), the latter also with C1-only JIT flags.
# Run from the repository root:
#   mvn -B -q -pl cli -am package -DskipTests && bash cli/bench/bench.sh [EMPLOYEES]
set -euo pipefail

n="${1:-10000}"
jar="$(cd "$(dirname "$0")/.." && pwd)/target/peoplesync.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -q -pl cli -am package -DskipTests" >&2; exit 2; }
work="$(mktemp -d)"
sandbox_pid=""
cleanup() {
  if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null || true; wait "$sandbox_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "peoplesync CLI benchmark: $n employees, five fake vendors (sandbox in its own JVM)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"

awk -v n="$n" 'BEGIN {
  print "id,givenName,familyName,workEmail,jobTitle,department,managerId,status,startDate"
  for (i = 1; i <= n; i++) {
    printf "E-%06d,Given%d,Family%d,person%d@example.com,%s,%s,%s,ACTIVE,2024-01-%02d\n",
      i, i, i, i, (i % 2 ? "Analyst" : "Engineer"), "Dept" (i % 17), (i == 1 ? "" : "E-000001"), 1 + i % 28
  }
}' > "$work/employees.csv"

java -jar "$jar" sandbox --config-out "$work/sandbox.yaml" --for 60m > "$work/sandbox.log" 2>&1 &
sandbox_pid=$!
until grep -q "Config written" "$work/sandbox.log" 2>/dev/null; do
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.log" >&2; exit 1; }
  sleep 0.2
done

run() {
  local label="$1" times
  shift
  # bash's time: wall, user CPU and system CPU seconds of the whole java process.
  times=$( { TIMEFORMAT='%R %U %S'; time (cd "$work" && java "$@" -jar "$jar" apply \
      --employees employees.csv --config sandbox.yaml --report "$work/$label.json" \
      > "$work/$label.out" 2> "$work/$label.err"); } 2>&1 )
  read -r wall user sys <<< "$times"
  printf "%-12s %7.1f s wall  %6.1f s CPU  load %-5s %s\n" "$label" "$wall" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$(cut -d' ' -f1 /proc/loadavg)" \
    "$(grep '^total' "$work/$label.out" | tr -s ' ')"
}

echo
echo "run            wall time  CPU (user+sys)  summary: total created updated unchanged deactivated deleted failed"
run first
run re-apply
# The same no-op run with the JIT kept to C1 and the serial GC: a short run spends much of its CPU
# on C2 compilations it never profits from.
run re-apply-c1 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
for label in re-apply re-apply-c1; do
  grep -q "^total *0 *0 *$((5 * n)) " "$work/$label.out" || { echo "$label changed something" >&2; exit 1; }
done
