package org.spacecoop.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Time, peak heap and retained heap of one load, in a fresh JVM (run once per loader).
 * Args: ours | reader (ours without the graph) | gson | jgrapht, and the number of relations (default 1000000).
 * {@code -Drepeat=N} loads N times and measures the last (a warm JIT and a grown heap); {@code -Dthreads=true}
 * prints the CPU time of each thread; {@code -Dhistogram=true} the classes of the retained heap.
 * Peak heap is the sum of the heap pools' peaks (reset after a GC before the load), so it depends on the GC's
 * timing; retained is the heap in use after a GC with the loaded graph still referenced.
 */
public final class LoadMemoryMain {

    public static void main(String[] args) throws Exception {
        String loader = args[0];
        int relations = args.length > 1 ? Integer.parseInt(args[1]) : BenchData.RELATIONS;
        Path file = loader.equals("jgrapht") ? BenchData.jgraphtJson(relations) : BenchData.ours(relations);
        long bytes = Files.size(file);
        var cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 1; i < Integer.getInteger("repeat", 1); i++) { // earlier loads warm the JIT and size the heap
            long c = cpu.getProcessCpuTime(), t = System.nanoTime();
            load(loader, file);
            System.out.printf("  load %d: %.2f s wall, %.2f s CPU%n", i, (System.nanoTime() - t) / 1e9,
                    (cpu.getProcessCpuTime() - c) / 1e9);
            System.gc();
        }
        System.gc();
        long base = used();
        var threads = ThreadCpu.snapshot();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Object graph = load(loader, file);
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        var threadsAfter = ThreadCpu.snapshot();
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        System.gc();
        long retained = used() - base;
        System.out.printf("%-8s %,d relations (%,d MB file): %.1f s wall, %.1f s CPU (all threads), peak heap %,d MB, "
                + "retained %,d MB = %,d bytes/relation%n", loader, relations, bytes >> 20, (t1 - t0) / 1e9, (c1 - c0) / 1e9,
                peak >> 20, retained >> 20, retained / relations);
        if (Boolean.getBoolean("threads")) ThreadCpu.print(threads, threadsAfter);
        if (Boolean.getBoolean("histogram")) { // what the retained heap is made of: the top 25 classes
            Object h = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            h.toString().lines().limit(28).forEach(System.out::println);
        }
        if (graph.hashCode() == 42) System.out.print(""); // keep the graph alive until here
    }

    private static Object load(String loader, Path file) throws Exception {
        return switch (loader) {
            case "ours" -> Loaders.ours(file);
            case "reader" -> org.spacecoop.core.io.DatasetReader.load(file); // ours without the graph
            case "gson" -> Loaders.gson(file);
            case "jgrapht" -> Loaders.jgrapht(file);
            default -> throw new IllegalArgumentException("ours, reader, gson or jgrapht: " + loader);
        };
    }

    private static long used() {
        var mx = ManagementFactory.getMemoryMXBean();
        return mx.getHeapMemoryUsage().getUsed();
    }
}
