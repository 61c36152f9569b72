package org.spacecoop.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Time, peak heap and retained heap of one load, in a fresh JVM (run once per loader).
 * Args: ours | gson | jgrapht, and the number of relations (default 1000000).
 * Peak heap is the sum of the heap pools' peaks (reset after a GC before the load), so it depends on the GC's
 * timing; retained is the heap in use after a GC with the loaded graph still referenced.
 */
public final class LoadMemoryMain {

    public static void main(String[] args) throws Exception {
        String loader = args[0];
        int relations = args.length > 1 ? Integer.parseInt(args[1]) : BenchData.RELATIONS;
        Path file = loader.equals("jgrapht") ? BenchData.jgraphtJson(relations) : BenchData.ours(relations);
        long bytes = Files.size(file);
        System.gc();
        long base = used();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Object graph = switch (loader) {
            case "ours" -> Loaders.ours(file);
            case "reader" -> org.spacecoop.core.io.DatasetReader.load(file); // ours without the graph
            case "gson" -> Loaders.gson(file);
            case "jgrapht" -> Loaders.jgrapht(file);
            default -> throw new IllegalArgumentException("ours, gson or jgrapht: " + loader);
        };
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        System.gc();
        long retained = used() - base;
        System.out.printf("%-8s %,d relations (%,d MB file): %.1f s wall, %.1f s CPU (all threads), peak heap %,d MB, "
                + "retained %,d MB = %,d bytes/relation%n", loader, relations, bytes >> 20, (t1 - t0) / 1e9, (c1 - c0) / 1e9,
                peak >> 20, retained >> 20, retained / relations);
        if (graph.hashCode() == 42) System.out.print(""); // keep the graph alive until here
    }

    private static long used() {
        var mx = ManagementFactory.getMemoryMXBean();
        return mx.getHeapMemoryUsage().getUsed();
    }
}
