package org.spacecoop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of every thread of this JVM so far, the collector's and compiler's included, summed by name
 * (numbers dropped: "GC Thread#0" and "GC Thread#1" add up), from Linux's /proc/self/task. Where a load's time
 * goes: parsing, checking, garbage collection, compiling. A thread that ended before the snapshot is missing
 * (the loader's relation checker: its time is the process's CPU time minus these).
 */
final class ThreadCpu {

    private ThreadCpu() {
    }

    /** Prints the CPU time each thread (by name) used between two snapshots. */
    static void print(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> seconds = new TreeMap<>(after);
        before.forEach((name, s) -> seconds.merge(name, -s, Double::sum));
        seconds.entrySet().stream().filter(e -> e.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %-22s %6.2f s%n", e.getKey(), e.getValue()));
    }

    /** CPU seconds so far by thread name (threads that ended are missing). */
    static Map<String, Double> snapshot() throws IOException {
        Map<String, Double> seconds = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                String name = Files.readString(t.resolve("comm")).trim().replaceAll("#?\\d+$", "");
                String stat = Files.readString(t.resolve("stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double s = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime + stime, in ticks of 10 ms
                seconds.merge(name, s, Double::sum);
            }
        }
        return seconds;
    }
}
