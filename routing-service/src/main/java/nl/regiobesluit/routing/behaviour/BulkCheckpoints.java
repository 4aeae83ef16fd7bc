package nl.regiobesluit.routing.behaviour;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * How far a bulk run of a query got, kept in the service's PostgreSQL database (rb_bulk_checkpoint, created by
 * Flyway) and so shared by every instance: a run that was
 * interrupted — a restart, an outage, an instance gone — resumes where it stopped instead of starting over.
 */
@Component
public class BulkCheckpoints {

    private final JdbcTemplate jdbc;

    public BulkCheckpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long processed(String runKey) {
        List<Long> found = jdbc.queryForList("SELECT processed FROM rb_bulk_checkpoint WHERE run_key = ?", Long.class, runKey);
        return found.isEmpty() ? 0 : found.get(0);
    }

    public void save(String runKey, long processed) {
        Timestamp now = Timestamp.from(Instant.now());
        if (jdbc.update("UPDATE rb_bulk_checkpoint SET processed = ?, updated_at = ? WHERE run_key = ?", processed, now, runKey) == 0) {
            jdbc.update("INSERT INTO rb_bulk_checkpoint (run_key, processed, updated_at) VALUES (?, ?, ?)", runKey, processed, now);
        }
    }

    public void forget(String runKey) {
        jdbc.update("DELETE FROM rb_bulk_checkpoint WHERE run_key = ?", runKey);
    }
}
