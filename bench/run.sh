#!/usr/bin/env bash
# Runs the benchmarks (JMH, bench profile) and prints ours-vs-baseline tables.
#   bench/run.sh            layout (ours vs JGraphT FR / IndexedFR), quality, convergence, loading
#   bench/run.sh layout     only the layout timings and quality
#   bench/run.sh load       only loading
#   bench/run.sh app        the explorer opening 50,000 entities: how long the FX thread takes to answer
#   bench/run.sh others     the filter families and the painter's own cost (FilterBenchmark, FramePaintBenchmark surface=none);
#                           bench/scale.sh runs the rendering, click, filter-change and PNG benchmarks
# Short JMH settings (1 fork, 1-2 warm-up and 2-3 measured iterations of 1-3 s) so it finishes on a shared 2-core
# machine; raise them (JMH_OPTS) for quieter numbers. Results: target-bench/results/*.csv and *.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
out=target-bench/results
mkdir -p "$out"
./mvnw -B -q -Pbench package -DskipTests -DbuildDir=target-bench
jar=target-bench/benchmarks.jar
jmh() { java -Djmh.ignoreLock=true -jar "$jar" "$@" -f 1 -rf csv -jvmArgs "-Xmx8g" ${JMH_OPTS:-}; }

# score (ms) of a benchmark and nodes from a JMH CSV
score() { awk -F, -v b="$2" -v n="$3" 'NR>1 { gsub(/"/,""); if (index($1,b) && $8==n) printf "%.2f", $5 }' "$1"; }

layout() {
  jmh 'OurLayoutBenchmark' -p nodes=2000,10000,50000,100000 -wi 2 -i 3 -w 1s -r 2s -rff "$out/ours.csv" | tee "$out/ours.txt"
  jmh 'OurLayoutBenchmark' -p nodes=1000000 -wi 1 -i 3 -w 1s -r 1s -rff "$out/ours-1m.csv" | tee "$out/ours-1m.txt"
  jmh 'JGraphTIndexedFRBenchmark' -p nodes=2000,10000,50000 -wi 1 -i 3 -w 2s -r 3s -rff "$out/indexed.csv" | tee "$out/indexed.txt"
  jmh 'JGraphTExactFRBenchmark' -p nodes=2000,10000 -wi 1 -i 2 -w 2s -r 2s -rff "$out/exact.csv" | tee "$out/exact.txt"
  java -Xmx4g -cp "$jar" org.spacecoop.bench.LayoutQualityMain 2000 2 | tee "$out/quality.txt"
  java -Xmx4g -cp "$jar" org.spacecoop.bench.ConvergenceMain 100000 | tee "$out/convergence.txt"
  java -Xmx6g -cp "$jar" org.spacecoop.bench.CpuTimingMain 2000 10000 50000 | tee "$out/cpu-timing.txt"
}

# The explorer opening a 50,000-entity file headless, with the FX thread's answer times while it lays out.
app() {
  java -Xmx4g -Djava.awt.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless \
      -Dheadless.geometry=1600x1000-32 -Dprism.order=sw -cp "$jar" org.spacecoop.bench.AppProbeMain 50000 40 \
      | grep -v WARNING | tee "$out/app-probe.txt"
}

layout_table() {
  echo
  echo "| nodes | ours ms/iteration | JGraphT IndexedFR | ratio | JGraphT FR (exact) | ratio |"
  echo "|---|---|---|---|---|---|"
  for n in 2000 10000 50000 100000 1000000; do
    o=$(score "$out/ours.csv" iteration $n); [ -z "$o" ] && o=$(score "$out/ours-1m.csv" iteration $n)
    i=$(score "$out/indexed.csv" iteration $n); e=$(score "$out/exact.csv" iteration $n)
    ri=$([ -n "$i" ] && [ -n "$o" ] && awk -v a="$i" -v b="$o" 'BEGIN{printf "%.1f×", a/b}' || echo "—")
    re=$([ -n "$e" ] && [ -n "$o" ] && awk -v a="$e" -v b="$o" 'BEGIN{printf "%.0f×", a/b}' || echo "—")
    echo "| $n | ${o:-—} | ${i:-—} | $ri | ${e:-—} | $re |"
  done
  echo
  tail -4 "$out/quality.txt"
  cat "$out/convergence.txt"
}

load() {
  jmh 'LoadBenchmark' -wi 2 -i 5 -gc true -rff "$out/load.csv" | tee "$out/load.txt"
  for l in ours gson jgrapht; do java -Xmx8g -cp "$jar" org.spacecoop.bench.LoadMemoryMain $l; done | tee "$out/load-memory.txt"
}

load_table() {
  echo
  echo "| loader (1,000,000 relations) | time ms (JMH single shot) |"
  echo "|---|---|"
  awk -F, 'NR>1 { gsub(/"/,""); sub(/.*\./,"",$1); printf "| %s | %.0f |\n", $1, $5 }' "$out/load.csv"
  cat "$out/load-memory.txt"
}

others() {
  jmh 'FilterBenchmark' -wi 1 -i 3 -w 1s -r 2s -rff "$out/filters.csv" | tee "$out/filters.txt"
  jmh 'FramePaintBenchmark' -p surface=none -wi 1 -i 3 -w 1s -r 2s -rff "$out/painter.csv" | tee "$out/painter.txt"
}

case "$what" in
  layout) layout; layout_table ;;
  load) load; load_table ;;
  others) others ;;
  app) app ;;
  all) layout; load; layout_table; load_table ;;
  *) echo "usage: bench/run.sh [all|layout|load|others|app]" >&2; exit 2 ;;
esac
