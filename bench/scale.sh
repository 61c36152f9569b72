#!/usr/bin/env bash
# Rendering, hit-testing, filter and PNG-export benchmarks (figures in docs/benchmarks.md). Builds the benchmarks
# jar unless it exists, then runs each group with short JMH settings (enough on a shared 2-core machine) and keeps
# JSON results in target/bench-results/.
# Usage: bench/scale.sh [group...]   groups: click filter png paint-java2d paint-fx (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/benchmarks.jar
[ -f "$JAR" ] || ./mvnw -B -q -Pbench package -DskipTests
OUT=target/bench-results
mkdir -p "$OUT"
run() { # name, JMH arguments...
  local name=$1; shift
  echo "== $name"
  java -Djmh.ignoreLock=true -jar "$JAR" "$@" -rf json -rff "$OUT/$name.json" | grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.)|^#.*(Parameters)' || true
}
groups=${*:-click filter png paint-java2d paint-fx}
for g in $groups; do
  case $g in
    click)  run click  ClickBenchmark -f 1 -wi 2 -i 3 ;;
    filter) run filter FilterChangeBenchmark -f 1 -wi 2 -i 3 ;;
    png)    run png    PngExportAtSizeBenchmark -f 1 -wi 1 -i 3 ;;
    paint-java2d) run paint-java2d FramePaintBenchmark -p surface=java2d -p frame=10000-full,100000-zoomed -f 1 -wi 1 -w 1 -i 2 -r 1 ;;
    # A whole view of 100,000 nodes without level of detail takes tens of seconds a frame in the software
    # pipeline: measured once, not repeated.
    paint-fx)
      run paint-fx FramePaintBenchmark -p surface=fx -p frame=10000-full,100000-zoomed -f 1 -wi 1 -w 1 -i 2 -r 1
      run paint-fx-100k-full FramePaintBenchmark -p surface=fx -p frame=100000-full -f 1 -wi 0 -i 1 -bm ss ;;
    *) echo "unknown group $g" >&2; exit 2 ;;
  esac
done
