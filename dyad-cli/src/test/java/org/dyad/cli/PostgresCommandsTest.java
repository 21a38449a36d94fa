package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.dyad.store.Store;
import org.dyad.store.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The commands answer the same from a PostgreSQL store (--db jdbc:postgresql://...) as from a SQLite file holding the
 * same records. Needs DYAD_TEST_PG_URL (as the store tests in dyad-core); skipped without it.
 */
class PostgresCommandsTest {
    @TempDir
    Path dir;

    private String server;
    private String schema;
    private String pg;
    private String sqlite;

    @BeforeEach
    void fillBoth() throws Exception {
        server = System.getProperty("dyad.test.pg.url", System.getenv("DYAD_TEST_PG_URL"));
        assumeTrue(server != null && !server.isBlank(),
                "PostgreSQL tests skipped: set DYAD_TEST_PG_URL=jdbc:postgresql://...");
        schema = "dyad_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql("CREATE SCHEMA " + schema);
        pg = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        sqlite = dir.resolve("same.db").toString();
        for (String location : List.of(pg, sqlite)) {
            try (Store st = Stores.open(location)) {
                EventCommandsTest.fill(st);
            }
        }
    }

    @AfterEach
    void drop() throws Exception {
        if (schema != null) {
            sql("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private void sql(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"events USA VNM", "events VNM USA --format csv --from 2023-04", "timeline USA VNM --all-statuses",
        "timeline VNM USA", "ladder VNM --as-of 2023-09-11 --format json", "pair USA VNM --format csv"})
    void aCommandPrintsTheSameFromBothStores(String command) {
        EventCommandsTest.Out fromPg = runWith(pg, command);
        EventCommandsTest.Out fromSqlite = runWith(sqlite, command);
        assertEquals(ExitCodes.OK, fromPg.code(), fromPg.out());
        assertTrue(fromPg.out().contains("VNM"), fromPg.out());
        assertEquals(fromSqlite.out(), fromPg.out());
    }

    private static EventCommandsTest.Out runWith(String db, String command) {
        String[] words = command.split(" ");
        Object cmd = switch (words[0]) {
            case "events" -> new EventsCommand();
            case "timeline" -> new TimelineCommand();
            case "ladder" -> new LadderCommand();
            default -> new PairCommand();
        };
        String[] args = new String[words.length + 1];
        System.arraycopy(words, 1, args, 0, words.length - 1);
        args[words.length - 1] = "--db";
        args[words.length] = db;
        return EventCommandsTest.run(cmd, args);
    }
}
