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

    private SimNode votedRecord(int i) {
        return ALFRESCO.addNode("folder-besluiten", "Besluit " + i, TYPE_DECISION_RECORD, GRIFFIER, List.of(ASPECT_VOTES),
                Map.of(PROP_VOTING_BODY, "REGIORAAD", PROP_VOTE_DATE, "2015-04-01T00:00:00.000+0000",
                        PROP_VOTES_YES, i % 2 == 0 ? groupsOf("Leiden") : groupsOf("Leiden", "Leiderdorp"),
                        PROP_VOTES_NO, groupsOf("Oegstgeest", "Voorschoten")));
    }

    @Test
    void decisionRecordEventsThroughTheBehaviour() throws Exception {
        int n = Integer.getInteger("bench.events", 2000);
        int warmup = Math.min(200, n / 10);
        List<String> events = new ArrayList<>();
        for (int i = 0; i < n + warmup; i++) {
            events.add(EVENTS.nodeCreated(votedRecord(i).id()));
        }
        long[] latencies = new long[n + warmup];
        AtomicLong completed = new AtomicLong();
        camel.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof CamelEvent.ExchangeCompletedEvent done && "events".equals(done.getExchange().getFromRouteId())) {
                    int slot = (int) completed.getAndIncrement();
                    if (slot < latencies.length) {
                        latencies[slot] = done.getExchange().getClock().elapsed();
                    }
                }
            }
        });
        publishAll(events.subList(0, warmup));
        long start = System.nanoTime();
        publishAll(events.subList(warmup, events.size()));
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] measured = Arrays.copyOfRange(latencies, warmup, warmup + n);
        Arrays.sort(measured);
        System.out.printf(Locale.ROOT, "BENCHMARK events: %d decision-record events in %.2f s = %.0f events/s; "
                        + "latency added by the service p50 %d ms, p99 %d ms, max %d ms%n", n, seconds, n / seconds,
                measured[n / 2], measured[(int) (n * 0.99)], measured[n - 1]);
    }

    private void publishAll(List<String> events) {
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("events").whenDone(events.size()).create();
        events.forEach(e -> producer.sendBody(EVENTS_TOPIC, e));
        if (!done.matches(30, TimeUnit.MINUTES)) {
            throw new AssertionError("events not finished");
        }
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
        BulkProgress p = bulk.run(BulkAnnotation.query("folder-besluiten"), true);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "BENCHMARK bulk: %s%n", p.describe());
        System.out.printf(Locale.ROOT, "BENCHMARK bulk: %d records in %.1f s = %.0f records/s; heap used before %d MB, "
                        + "after %d MB (after GC), peak sampled %d MB (includes the simulated repository)%n",
                p.done(), seconds, p.done() / seconds, before >> 20, after >> 20, peak.get() >> 20);
    }
}
