package nl.regiobesluit.routing.benchmark;

import static nl.regiobesluit.model.RbModel.*;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import nl.regiobesluit.routing.behaviour.BulkAnnotation;
import nl.regiobesluit.routing.behaviour.BulkProgress;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A measuring harness, not a test: it asserts nothing about time. Run by hand (see the README, "Benchmarks"):
 * {@code mvn -B -ntp verify -pl regio-core,regio-model,routing-service -Dbenchmark.excluded=none -Dgroups=benchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; sizes with {@code -Dbench.events=2000 -Dbench.records=25000}.
 * The service runs against the WireMock-simulated Alfresco over HTTP, with the embedded broker, as in the tests.
 */
@Tag("benchmark")
@org.springframework.test.context.TestPropertySource(properties = "regiobesluit.membership-ttl=30s")
class BehaviourBenchmark extends RoutingTestSupport {

    @Autowired
    BulkAnnotation bulk;

    // Read once: arranging thousands of records should not read the composition file thousands of times.
    private static final List<String> YES_EVEN = groupsOf("Leiden");
    private static final List<String> YES_ODD = groupsOf("Leiden", "Leiderdorp");
    private static final List<String> NO = groupsOf("Oegstgeest", "Voorschoten");

    private SimNode votedRecord(int i) {
        return ALFRESCO.addNode("folder-besluiten", "Besluit " + i, TYPE_DECISION_RECORD, GRIFFIER, List.of(ASPECT_VOTES),
                Map.of(PROP_VOTING_BODY, "REGIORAAD", PROP_VOTE_DATE, "2015-04-01T00:00:00.000+0000",
                        PROP_VOTES_YES, i % 2 == 0 ? YES_EVEN : YES_ODD,
                        PROP_VOTES_NO, NO));
    }

    /**
     * Two runs of {@code bench.events} fresh decision-record events each, after a warm-up. "burst": published as fast
     * as possible, for the throughput (first publish to last event done). "paced": published at {@code bench.rate}
     * per second (default 500, the target), for the latency the service adds at that rate: from the moment Alfresco
     * would have published the event (before it reaches the broker) until the events route finished it, so the
     * broker, the subscription, the service's queue and any waiting in it are all included. Both also give the time
     * one event spends in the {@code events} route itself (what this harness reported as latency before the queue).
     * The warm-up ({@code bench.warmup} events, default 1000) is not measured.
     */
    @Test
    void decisionRecordEventsThroughTheBehaviour() throws Exception {
        int n = Integer.getInteger("bench.events", 2000);
        int rate = Integer.getInteger("bench.rate", 500);
        // Long enough for the JIT to have compiled the whole path (with 200 the compiler threads still took a core).
        int warmup = Integer.getInteger("bench.warmup", 1000);
        AtomicReference<Run> current = new AtomicReference<>();
        camel.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof CamelEvent.ExchangeCompletedEvent done && "events".equals(done.getExchange().getFromRouteId())) {
                    Run run = current.get();
                    Integer seq = done.getExchange().getIn().getHeader(SEQ, Integer.class);
                    if (run != null && seq != null && seq >= 0 && seq < run.done.length) {
                        run.done[seq] = System.nanoTime();
                        run.inRoute[seq] = done.getExchange().getClock().elapsed();
                    }
                }
            }
        });
        run(current, "warm-up", warmup, 0);
        report(run(current, "burst", n, 0));
        report(run(current, "paced at " + rate + "/s", n, rate));
    }

    private static final String SEQ = "benchSeq";

    /** CPU time of the whole JVM (service, broker and simulated Alfresco): other jobs on the machine do not count in it. */
    private record Run(String name, long[] published, long[] done, long[] inRoute, double seconds, long cpuNanos) {
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private Run run(AtomicReference<Run> current, String name, int n, int rate) {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(EVENTS.nodeCreated(votedRecord(i).id()));
        }
        Run run = new Run(name, new long[n], new long[n], new long[n], 0, 0);
        long cpuBefore = processCpuNanos();
        current.set(run);
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("events").whenDone(n).create();
        long start = System.nanoTime();
        long interval = rate > 0 ? TimeUnit.SECONDS.toNanos(1) / rate : 0;
        for (int i = 0; i < n; i++) {
            if (interval > 0) {
                long due = start + i * interval;
                while (System.nanoTime() < due) {
                    java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                }
            }
            run.published[i] = System.nanoTime();
            producer.sendBodyAndHeader(EVENTS_TOPIC, events.get(i), SEQ, i);
        }
        if (!done.matches(30, TimeUnit.MINUTES)) {
            throw new AssertionError("events not finished");
        }
        long last = Arrays.stream(run.done).max().orElse(start);
        return new Run(name, run.published, run.done, run.inRoute, (last - start) / 1e9, processCpuNanos() - cpuBefore);
    }

    private static void report(Run run) {
        int n = run.done.length;
        long[] endToEnd = new long[n];
        for (int i = 0; i < n; i++) {
            endToEnd[i] = TimeUnit.NANOSECONDS.toMillis(run.done[i] - run.published[i]);
        }
        long[] inRoute = run.inRoute.clone();
        Arrays.sort(endToEnd);
        Arrays.sort(inRoute);
        System.out.printf(Locale.ROOT, "BENCHMARK events (%s): %d decision-record events in %.2f s = %.0f events/s; "
                        + "published-to-done p50 %d ms, p99 %d ms, max %d ms; in the events route p50 %d ms, p99 %d ms, max %d ms; "
                        + "JVM CPU %.1f ms per event%n",
                run.name(), n, run.seconds(), n / run.seconds(), endToEnd[n / 2], endToEnd[(int) (n * 0.99)], endToEnd[n - 1],
                inRoute[n / 2], inRoute[(int) (n * 0.99)], inRoute[n - 1], run.cpuNanos() / 1e6 / n);
    }

    @Test
    void bulkRecomputationOfGeneratedRecords() throws Exception {
        int n = Integer.getInteger("bench.records", 25_000);
        for (int i = 0; i < n; i++) {
            votedRecord(i);
        }
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        long cpuBefore = processCpuNanos();
        BulkProgress p = bulk.run(BulkAnnotation.query("folder-besluiten"), true);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        sampler.interrupt();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "BENCHMARK bulk: %s%n", p.describe());
        System.out.printf(Locale.ROOT, "BENCHMARK bulk: %d records in %.1f s = %.0f records/s; heap used before %d MB, "
                        + "after %d MB (after GC), peak sampled %d MB (includes the simulated repository); JVM CPU %.0f s%n",
                p.done(), seconds, p.done() / seconds, before >> 20, after >> 20, peak.get() >> 20, cpuSeconds);
    }
}
