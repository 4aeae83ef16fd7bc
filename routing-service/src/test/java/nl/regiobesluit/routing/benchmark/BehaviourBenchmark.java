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
import nl.regiobesluit.routing.events.EventsRoute;
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
    @Autowired
    javax.sql.DataSource dataSource;

    /** The service account of application-routetest.yml: its writes come back as events the service must ignore. */
    private static final String SERVICE_USER = "svc-regiobesluit";

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
     * Two runs of {@code bench.events} events each of the mixed stream ({@link #mixed}), after a warm-up.
     * "burst": published as fast as possible, for the throughput (first publish to last event done). "paced": published
     * at {@code bench.rate} per second (default 500, the target), for the latency the service adds at that rate: from
     * the moment Alfresco would have published the event (before it reaches the broker) until the events route finished
     * it, so the broker, the subscription, the service's queue and any waiting in it are all included. Both also give
     * the time one event spends in the {@code events} route itself. The warm-up ({@code bench.warmup} fresh votes, which
     * also give the records the mixed stream's echoes and edits are about, then as many events of the mixed stream) is
     * not measured. With {@code bench.mixed=false} every event is a fresh vote, as this harness measured before.
     */
    @Test
    void decisionRecordEventsThroughTheBehaviour() throws Exception {
        int n = Integer.getInteger("bench.events", 2000);
        int rate = Integer.getInteger("bench.rate", 500);
        boolean mixed = Boolean.parseBoolean(System.getProperty("bench.mixed", "true"));
        // Long enough for the JIT to have compiled the whole path (with 200 the compiler threads still took a core).
        int warmup = Integer.getInteger("bench.warmup", 1000);
        AtomicReference<Run> current = new AtomicReference<>();
        camel.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof CamelEvent.ExchangeCreatedEvent created
                        && EventsRoute.INTAKE_ROUTE.equals(created.getExchange().getFromRouteId())) {
                    created.getExchange().setProperty(INTAKE_START, System.nanoTime());
                    return;
                }
                if (event instanceof CamelEvent.ExchangeCompletedEvent done) {
                    Run run = current.get();
                    Integer seq = done.getExchange().getIn().getHeader(SEQ, Integer.class);
                    if (run == null || seq == null || seq < 0 || seq >= run.done.length) {
                        return;
                    }
                    if ("events".equals(done.getExchange().getFromRouteId())) {
                        run.done[seq] = System.nanoTime();
                        run.inRoute[seq] = done.getExchange().getClock().elapsed();
                    } else if (EventsRoute.INTAKE_ROUTE.equals(done.getExchange().getFromRouteId())) {
                        // The one intake consumer all instances share: its time per event caps their sum.
                        Long start = done.getExchange().getProperty(INTAKE_START, Long.class);
                        run.intakeNanos[seq] = start == null ? 0 : System.nanoTime() - start;
                    }
                }
            }
        });
        Records records = new Records();
        run(current, "warm-up, fresh votes", freshVotes(records, warmup), 0);
        if (mixed) {
            records.computed.addAll(records.fresh);
            run(current, "warm-up, mixed", mixed(records, warmup), 0);
        }
        report(run(current, "burst", mixed ? mixed(records, n) : freshVotes(records, n), 0));
        report(run(current, "paced at " + rate + "/s", mixed ? mixed(records, n) : freshVotes(records, n), rate));
    }

    /** The decision records made so far: fresh ones get their result from their first event; computed ones carry one. */
    private static final class Records {
        final List<String> fresh = new ArrayList<>();
        final List<String> computed = new ArrayList<>();
        int made;
        int echoed;
        int edited;
    }

    private List<Event> freshVotes(Records records, int n) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = votedRecord(records.made++).id();
            records.fresh.add(id);
            events.add(new Event(Kind.VOTE, EVENTS.nodeCreated(id)));
        }
        return events;
    }

    /** What the events of the mixed stream are, and their share in it. */
    enum Kind {
        /** 40%: a griffie member records a vote on a new decision record: computed and written (~25 KB). */
        VOTE,
        /** 40%: the service's own write of such a result, coming back as a node.Updated by the service account. */
        ECHO,
        /** 10%: a griffie member edits a computed record in Share (its title): read, recomputed, nothing to write. */
        EDIT,
        /** 10%: an event the route does not concern itself with (a document added to the folder). */
        OTHER
    }

    private record Event(Kind kind, String json) {
    }

    /**
     * The mixed stream, in every ten events: four fresh votes, four echoes of the service's own result writes (in
     * Alfresco each written result comes back as one), one Share edit of an already computed record and one event about
     * a plain document. The echoes and edits are about records computed in an earlier run (their result is stored).
     */
    private List<Event> mixed(Records records, int n) {
        List<Event> events = new ArrayList<>();
        // Echoes about records whose last change is the service's; edits about others, so an edit never turns a later
        // echo's record into the griffie's.
        int editable = Math.max(1, records.computed.size() / 5);
        List<String> editPool = records.computed.subList(0, editable);
        List<String> echoPool = records.computed.subList(editable, records.computed.size());
        List<String> madeNow = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            switch (i % 10) {
                case 0, 2, 4, 6 -> {
                    String id = votedRecord(records.made++).id();
                    madeNow.add(id);
                    events.add(new Event(Kind.VOTE, EVENTS.nodeCreated(id)));
                }
                case 1, 3, 5, 7 -> events.add(new Event(Kind.ECHO, echo(echoPool.get(records.echoed++ % echoPool.size()))));
                case 8 -> {
                    String id = editPool.get(records.edited++ % editPool.size());
                    Map<String, Object> before = ALFRESCO.edit(id, GRIFFIER, Map.of("cm:title", "Besluit, bijgewerkt " + records.edited));
                    events.add(new Event(Kind.EDIT, EVENTS.nodeUpdated(id, before)));
                }
                default -> events.add(new Event(Kind.OTHER, EVENTS.nodeCreated(ALFRESCO.addNode("folder-besluiten",
                        "Bijlage " + records.made++ + ".pdf", "cm:content", GRIFFIER, List.of(), Map.of()).id())));
            }
        }
        // The votes of this run carry their result once it has run; later runs echo them.
        echoPoolGrows(records, madeNow);
        return events;
    }

    private static void echoPoolGrows(Records records, List<String> madeNow) {
        records.computed.addAll(madeNow);
    }

    /**
     * The node.Updated Alfresco publishes after the service wrote a record's first result: by the service account,
     * the resource with the result (its ~25 KB JSON included), {@code resourceBefore} naming the result's properties
     * as absent before.
     */
    private static String echo(String recordId) {
        SimNode record = ALFRESCO.node(recordId);
        if (!SERVICE_USER.equals(record.modifiedBy())) {
            throw new IllegalStateException("record " + recordId + " was last changed by " + record.modifiedBy());
        }
        Map<String, Object> before = new java.util.LinkedHashMap<>();
        record.properties().keySet().stream().filter(p -> p.startsWith("rb:result")).forEach(p -> before.put(p, null));
        return EVENTS.nodeUpdated(recordId, before);
    }

    private static final String SEQ = "benchSeq";
    private static final String INTAKE_START = "benchIntakeStart";

    /** CPU time of the whole JVM (service, broker and simulated Alfresco) and of the PostgreSQL server, other jobs not counted. */
    private record Run(String name, Kind[] kinds, long[] published, long[] done, long[] inRoute, long[] intakeNanos, double seconds,
                       long cpuNanos, long databaseCpuNanos, long transactions, Map<String, Long> restCalls, java.time.Instant from,
                       java.time.Instant to) {
    }

    private static Map<String, Long> restCallsSince(Map<String, Long> before) {
        Map<String, Long> since = new java.util.TreeMap<>();
        ALFRESCO.requestCounts().forEach((k, v) -> {
            long d = v - before.getOrDefault(k, 0L);
            if (d > 0) {
                since.put(k, d);
            }
        });
        return since;
    }

    /** Transactions the service's database committed or rolled back so far (PostgreSQL's statistics, updated within ~0.5 s). */
    private long transactions() {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The CPU time of the tests' PostgreSQL server and its backends (other processes, so not in the JVM's figure). */
    private long databaseCpuNanos() {
        String url;
        try (var c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        } catch (java.sql.SQLException e) {
            return 0;
        }
        var port = java.util.regex.Pattern.compile("//[^:/]+:(\\d+)/").matcher(url);
        if (!port.find()) {
            return 0;
        }
        String flag = "-p " + port.group(1);
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(flag)).orElse(false))
                .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()))
                .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L))
                .sum();
    }

    private Run run(AtomicReference<Run> current, String name, List<Event> events, int rate) {
        int n = events.size();
        Kind[] kinds = events.stream().map(Event::kind).toArray(Kind[]::new);
        Run run = new Run(name, kinds, new long[n], new long[n], new long[n], new long[n], 0, 0, 0, 0, null, null, null);
        Map<String, Long> restBefore = ALFRESCO.requestCounts();
        long transactionsBefore = transactions();
        long cpuBefore = processCpuNanos();
        long databaseBefore = databaseCpuNanos();
        java.time.Instant from = java.time.Instant.now();
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
            producer.sendBodyAndHeader(EVENTS_TOPIC, events.get(i).json(), SEQ, i);
        }
        if (!done.matches(30, TimeUnit.MINUTES)) {
            throw new AssertionError("events not finished");
        }
        long last = Arrays.stream(run.done).max().orElse(start);
        long cpu = processCpuNanos() - cpuBefore;
        long databaseCpu = databaseCpuNanos() - databaseBefore;
        return new Run(name, kinds, run.published, run.done, run.inRoute, run.intakeNanos, (last - start) / 1e9, cpu, databaseCpu,
                transactions() - transactionsBefore, restCallsSince(restBefore), from, java.time.Instant.now());
    }

    private static void report(Run run) {
        int n = run.done.length;
        long[] endToEnd = new long[n];
        for (int i = 0; i < n; i++) {
            endToEnd[i] = TimeUnit.NANOSECONDS.toMillis(run.done[i] - run.published[i]);
        }
        long[] inRoute = run.inRoute.clone();
        long[] intake = run.intakeNanos.clone();
        Arrays.sort(endToEnd);
        Arrays.sort(inRoute);
        Arrays.sort(intake);
        java.util.Map<Kind, Long> mix = new java.util.EnumMap<>(Kind.class);
        Arrays.stream(run.kinds()).forEach(k -> mix.merge(k, 1L, Long::sum));
        System.out.printf(Locale.ROOT, "BENCHMARK events (%s): %d events %s in %.2f s = %.0f events/s; "
                        + "published-to-done p50 %d ms, p99 %d ms, max %d ms; in the events route p50 %d ms, p99 %d ms, max %d ms; "
                        + "JVM CPU %.2f ms per event, PostgreSQL CPU %.2f ms per event, %.2f database transactions per event "
                        + "(approximate); intake route (one consumer for all instances) mean %.3f ms, p50 %.3f ms, p99 %.3f ms per event; "
                        + "from %s to %s; load %s%n",
                run.name(), n, mix, run.seconds(), n / run.seconds(), endToEnd[n / 2], endToEnd[(int) (n * 0.99)], endToEnd[n - 1],
                inRoute[n / 2], inRoute[(int) (n * 0.99)], inRoute[n - 1], run.cpuNanos() / 1e6 / n,
                run.databaseCpuNanos() / 1e6 / n, (double) run.transactions() / n, Arrays.stream(intake).average().orElse(0) / 1e6,
                intake[n / 2] / 1e6, intake[(int) (n * 0.99)] / 1e6, run.from(), run.to(), loadAverage());
        long calls = run.restCalls().values().stream().mapToLong(Long::longValue).sum();
        StringBuilder byKind = new StringBuilder();
        run.restCalls().forEach((k, v) -> byKind.append(String.format(Locale.ROOT, "; %s %.2f", k, (double) v / n)));
        System.out.printf(Locale.ROOT, "BENCHMARK events (%s): REST calls to Alfresco %.2f per event%s%n", run.name(), (double) calls / n, byKind);
    }

    /** The machine's load average (1, 5, 15 minutes), as uptime shows it: other jobs on the same cores disturb the figures. */
    private static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
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
