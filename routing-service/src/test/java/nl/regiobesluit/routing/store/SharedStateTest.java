package nl.regiobesluit.routing.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.regiobesluit.routing.behaviour.BulkProgress;
import nl.regiobesluit.routing.behaviour.BulkProgressStore;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service keeps its state in PostgreSQL, in tables Flyway made (issue 13): nothing that another instance needs
 * lives only in this one.
 */
class SharedStateTest extends RoutingTestSupport {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StateStore store;
    @Autowired
    StoreProperties storeProperties;

    @Test
    void theServiceRunsOnPostgresqlWithEveryTableCreatedByFlyway() {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        List<Map<String, Object>> history = jdbc.queryForList("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL");
        assertThat(history).isNotEmpty().allSatisfy(row -> assertThat(row.get("success")).isEqualTo(true));
        List<String> tables = jdbc.queryForList(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'", String.class);
        // everything the service keeps, and nothing it made behind Flyway's back
        assertThat(tables).containsExactlyInAnyOrder("camel_messageprocessed", "rb_lock", "rb_mail_ledger", "rb_bulk_checkpoint",
                "rb_bulk_progress");
    }

    @Test
    void aLockHeldThroughOneConnectionKeepsEveryOtherHolderWaitingUntilItIsReleased() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Void> second;
        try (RowLock first = store.lock("test:shared")) {
            // the second holder could be another instance: it only shares the database
            second = CompletableFuture.runAsync(() -> {
                waiting.countDown();
                try (RowLock ignored = store.lock("test:shared")) {
                    // got it
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(second).isNotDone();
        }
        second.get(30, TimeUnit.SECONDS);
        assertThat(second).isCompleted();
    }

    @Test
    void aBulkRunClaimedByOneInstanceIsRefusedToAnotherUntilItStopsMoving() {
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        BulkProgressStore one = new BulkProgressStore(jdbc, Clock.fixed(t0, ZoneOffset.UTC), storeProperties);
        BulkProgressStore other = new BulkProgressStore(jdbc, Clock.fixed(t0.plusSeconds(1), ZoneOffset.UTC), storeProperties);
        BulkProgress running = new BulkProgress("TYPE:\"rb:decisionRecord\"", "RUNNING", 10, 0, 0, 0, 0, 0, 0, t0, null);

        assertThat(one.claim(running)).isTrue();
        assertThat(other.claim(running)).as("while the first run moves").isFalse();
        assertThat(other.read().state()).as("every instance shows the run").isEqualTo("RUNNING");

        Duration later = storeProperties.bulkStaleAfter().plusMinutes(1);
        BulkProgressStore afterTheFirstDied = new BulkProgressStore(jdbc, Clock.fixed(t0.plus(later), ZoneOffset.UTC), storeProperties);
        assertThat(afterTheFirstDied.claim(running)).as("once the first run has stood still too long").isTrue();

        afterTheFirstDied.save(new BulkProgress(running.query(), "DONE", 10, 10, 10, 0, 0, 1, 0, t0, null));
        assertThat(other.claim(running)).as("after a finished run").isTrue();
    }
}
