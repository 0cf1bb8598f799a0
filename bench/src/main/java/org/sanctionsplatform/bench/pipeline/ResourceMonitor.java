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

    /** CPU ticks used so far by this JVM, the broker's JVM and the machine (busy, total), for {@link #cpuSince}. */
    long[] cpuTicks() {
        return new long[] {processTicks("self"), brokerPid < 0 ? 0 : processTicks(Long.toString(brokerPid)), machineTicks(true),
                machineTicks(false)};
    }

    /**
     * Mean CPU use between two {@link #cpuTicks()} readings, in cores: {this JVM, the broker JVM, the whole machine}
     * (the whole machine includes PostgreSQL and anything else running).
     */
    static double[] cpuSince(long[] before, long[] after, double seconds) {
        double ticksPerSecond = 100.0; // USER_HZ on Linux
        int cores = Runtime.getRuntime().availableProcessors();
        double machineTotal = after[3] - before[3];
        return new double[] {(after[0] - before[0]) / ticksPerSecond / seconds, (after[1] - before[1]) / ticksPerSecond / seconds,
                machineTotal <= 0 ? 0 : cores * (after[2] - before[2]) / machineTotal};
    }

    private static long processTicks(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
        } catch (IOException | RuntimeException e) {
            return 0;
        }
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
