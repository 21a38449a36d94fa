package org.dyad.store.postgresql;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server tests run against: {@code $DYAD_TEST_PG_URL} or {@code -Ddyad.test.pg.url}, a JDBC URL of a
 * database the user may create schemas in ({@code .ci/run} starts a throwaway server and sets it). Each test gets a
 * schema of its own, dropped afterwards, so runs never see each other's rows. Without a URL the tests are skipped.
 */
public final class PgTestDatabase implements AutoCloseable {
    static final String SKIPPED = "PostgreSQL tests skipped: set DYAD_TEST_PG_URL=jdbc:postgresql://..."
            + " (for example jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres)";

    private final String server;
    private final String schema;

    private PgTestDatabase(String server, String schema) {
        this.server = server;
        this.schema = schema;
    }

    /** The configured server's URL, or null. */
    public static String serverUrl() {
        String url = System.getProperty("dyad.test.pg.url");
        if (url == null || url.isBlank()) {
            url = System.getenv("DYAD_TEST_PG_URL");
        }
        return url == null || url.isBlank() ? null : url;
    }

    /** A new empty schema on the configured server; skips the calling test (JUnit assumption) when none is set. */
    public static PgTestDatabase create() {
        String server = serverUrl();
        assumeTrue(server != null, SKIPPED);
        String schema = "dyad_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        PgTestDatabase db = new PgTestDatabase(server, schema);
        db.execute("CREATE SCHEMA " + schema);
        return db;
    }

    /** The URL of a store in this test's schema. */
    public String url() {
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Runs SQL in this test's schema. */
    public void execute(String sql) {
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema);
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The single number a query in this test's schema returns. */
    public long count(String sql) {
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema);
            try (var rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * A fresh schema for each test of a class ({@code @RegisterExtension static final PgTestDatabase.PerTest DB = new
     * PgTestDatabase.PerTest();}), dropped after it; the test is skipped when no server is configured.
     */
    public static final class PerTest implements org.junit.jupiter.api.extension.BeforeEachCallback,
            org.junit.jupiter.api.extension.AfterEachCallback {
        private PgTestDatabase db;

        /** This test's schema. */
        public PgTestDatabase db() {
            return db;
        }

        @Override
        public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            db = null;
            db = create();
        }

        @Override
        public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            if (db != null) {
                db.close();
                db = null;
            }
        }
    }

    /** Drops the schema and everything in it. */
    @Override
    public void close() {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }
}
