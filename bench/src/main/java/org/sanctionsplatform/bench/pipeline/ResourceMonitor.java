package org.sanctionsplatform.bench.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Memory and CPU of the harness JVM (which runs the four services) and of the broker's child JVM, if any: heap used
 * sampled every 100 ms and just before each collection (its peak), heap left after each collection (its peak), resident set size now and at its peak (VmRSS / VmHWM from /proc), heap used after
 * a full collection, and CPU used over an interval (this process, the broker process and the whole machine, from
 * /proc).
 */
final class ResourceMonitor implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long brokerPid;
    private final Thread sampler;
    private volatile long peakHeapUsed;
    private volatile long peakHeapAfterGc;
    private volatile boolean stopped;

    ResourceMonitor(long brokerPid) {
        this.brokerPid = brokerPid;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                (javax.management.openmbean.CompositeData) notification.getUserData());
                        long before = info.getGcInfo().getMemoryUsageBeforeGc().values().stream()
                                .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
                        long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
                        peakHeapUsed = Math.max(peakHeapUsed, before); // the samples every 100 ms can miss the top
                        peakHeapAfterGc = Math.max(peakHeapAfterGc, after);
                    }
                }, null, null);
            }
        }
        this.sampler = new Thread(() -> {
            while (!stopped) {
                peakHeapUsed = Math.max(peakHeapUsed, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    long peakHeapUsed() {
        return peakHeapUsed;
    }

    /**
     * The largest heap left after any collection (young or full) so far: the live set plus whatever old garbage the
     * collector had not yet reclaimed; unlike {@link #peakHeapUsed()} it does not depend on how long the collector lets
     * garbage pile up.
     */
    long peakHeapAfterGc() {
        return peakHeapAfterGc;
    }

    long maxHeap() {
        return memory.getHeapMemoryUsage().getMax();
    }

    /** Heap used after full collections (three, until it stops falling), in bytes. */
    long heapAfterGc() throws InterruptedException {
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used >= last) {
                return Math.min(used, last);
            }
            last = used;
        }
        return last;
    }

    /** {VmRSS, VmHWM} of this JVM in bytes (-1 where /proc is not available). */
    static long[] rss() {
        return rss("self");
    }

    /** {VmRSS, VmHWM} of the broker's child JVM, or null when the broker runs in this JVM. */
    long[] brokerRss() {
        return brokerPid < 0 ? null : rss(Long.toString(brokerPid));
    }

    private static long[] rss(String pid) {
        long[] result = {-1, -1};
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    result[0] = kilobytes(line) * 1024;
                } else if (line.startsWith("VmHWM:")) {
                    result[1] = kilobytes(line) * 1024;
                }
            }
        } catch (IOException e) {
            // not Linux: leave -1
        }
        return result;
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    /**
     * CPU ticks used so far by this JVM, the broker's JVM, the machine (busy, total) and this JVM's JIT compiler threads,
     * for {@link #cpuSince}.
     */
    long[] cpuTicks() {
        return cpuTicks(brokerPid);
    }

    /** {@link #cpuTicks()} with the broker JVM's pid given (-1: the broker runs in this JVM, or none). */
    static long[] cpuTicks(long brokerPid) {
        return new long[] {processTicks("self"), brokerPid < 0 ? 0 : processTicks(Long.toString(brokerPid)), machineTicks(true),
                machineTicks(false), compilerTicks(), brokerPid < 0 ? 0 : compilerTicks(Long.toString(brokerPid))};
    }

    /**
     * Mean CPU use between two {@link #cpuTicks()} readings, in cores: {this JVM, the broker JVM, the whole machine, this
     * JVM's JIT compilers, the broker JVM's JIT compilers} (the whole machine includes PostgreSQL and anything else
     * running; each JVM's compilers are part of that JVM).
     */
    static double[] cpuSince(long[] before, long[] after, double seconds) {
        double ticksPerSecond = 100.0; // USER_HZ on Linux
        int cores = Runtime.getRuntime().availableProcessors();
        double machineTotal = after[3] - before[3];
        return new double[] {(after[0] - before[0]) / ticksPerSecond / seconds, (after[1] - before[1]) / ticksPerSecond / seconds,
                machineTotal <= 0 ? 0 : cores * (after[2] - before[2]) / machineTotal,
                Math.max(0, after[4] - before[4]) / ticksPerSecond / seconds,
                Math.max(0, after[5] - before[5]) / ticksPerSecond / seconds};
    }

    /**
     * CPU ticks (user + system) used so far by this JVM's JIT compiler threads, HotSpot's "C1 CompilerThreadN" and "C2
     * CompilerThreadN" (their names cut to 15 characters in /proc), 0 where /proc is not available.
     *
     * <p>Why not {@code CompilationMXBean.getTotalCompilationTime()}: that is the wall time of the compilations, which on
     * a machine whose cores are all busy grows as fast when the compiler thread waits for a core as when it runs (on the
     * seventeenth session's host a single C2 compilation took 2–4.7 s of wall time). A compiler thread that HotSpot stops
     * when its queue is short takes its ticks with it, so this can undercount between two readings; never negative.
     */
    static long compilerTicks() {
        return compilerTicks("self");
    }

    /** {@link #compilerTicks()} of another JVM on this machine (the broker's child JVM), by its pid. */
    static long compilerTicks(String pid) {
        long total = 0;
        try (java.nio.file.DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", pid, "task"))) {
            for (Path task : tasks) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim();
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        total += ticksOf(Files.readString(task.resolve("stat")));
                    }
                } catch (IOException | RuntimeException ended) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return total;
    }

    private static long processTicks(String pid) {
        try {
            return ticksOf(Files.readString(Path.of("/proc", pid, "stat")));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** utime + stime of a /proc stat line (of a process or a thread). */
    private static long ticksOf(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long machineTicks(boolean busyOnly) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] f = lines.get(0).trim().split("\\s+");
            long total = 0;
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // idle + iowait
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            return busyOnly ? total - idle : total;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        stopped = true;
        sampler.interrupt();
    }
}
