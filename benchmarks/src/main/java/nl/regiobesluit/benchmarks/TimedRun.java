package nl.regiobesluit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.function.Supplier;

/**
 * One measured run of a harness ({@link PowerScaleBenchmark}, {@link EpicSideBySide}): its wall time, the peak of the
 * heap pools during it (garbage included; a collection and a reset of the peaks before it) and the system load average
 * before and after, because on a shared machine the load moves the times.
 */
record TimedRun<T>(T result, double seconds, long heapPeakBytes, double loadBefore, double loadAfter) {

    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    static <T> TimedRun<T> of(Supplier<T> work) {
        System.gc();
        HEAP_POOLS.forEach(MemoryPoolMXBean::resetPeakUsage);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long start = System.nanoTime();
        T result = work.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = HEAP_POOLS.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new TimedRun<>(result, seconds, peak, loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    double heapPeakMb() {
        return heapPeakBytes / 1048576.0;
    }
}
