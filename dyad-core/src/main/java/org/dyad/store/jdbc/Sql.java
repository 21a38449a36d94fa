package org.dyad.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JDBC chores shared by the stores' helpers: transactions, binding, and reading rows into lists. */
public final class Sql {
    private Sql() {
    }

    /** A piece of work against the database. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /** Turns the current row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction and commits it; on any failure rolls back and rethrows.
     *
     * <p>On a connection in auto-commit mode (SQLite) the transaction is begun with SQL: a write transaction is
     * {@code BEGIN IMMEDIATE}, which takes the write lock up front, so two writers (two processes on one file) wait
     * for each other under the busy timeout instead of failing when a read lock is upgraded; a read transaction gives
     * the reads inside it one consistent snapshot. On a connection with auto-commit off (PostgreSQL) a transaction is
     * already open and this commits or rolls it back through JDBC.
     */
    public static <T> T inTransaction(Connection c, boolean write, Work<T> work) throws SQLException {
        boolean jdbc = !c.getAutoCommit();
        if (!jdbc) {
            exec(c, write ? "BEGIN IMMEDIATE" : "BEGIN");
        }
        try {
            T result = work.run();
            if (jdbc) {
                c.commit();
            } else {
                exec(c, "COMMIT");
            }
            return result;
        } catch (Throwable e) {
            try {
                if (jdbc) {
                    c.rollback();
                } else {
                    exec(c, "ROLLBACK");
                }
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    /** Runs SQL without parameters; a script of several statements is run whole. */
    public static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    /** {@code INSERT INTO table(columns...) VALUES (?, ...)}, a parameter for each column in order. */
    public static String insertInto(String table, String... columns) {
        return "INSERT INTO " + table + "(" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
    }

    /** Runs one parameterised statement; {@code null} values are bound as SQL NULL. */
    public static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, values)) {
            ps.executeUpdate();
        }
    }

    /** Runs an INSERT into a table whose key is the column {@code id}, and returns the id it created. */
    public static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = prepare(c.prepareStatement(sql, new String[] {"id"}), values)) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    /** The rows of a query, mapped, in the order the query returns them; the list is unmodifiable. */
    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... values) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, values); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return Collections.unmodifiableList(out);
        }
    }

    /** The first row of a query, mapped, or empty. */
    public static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... values) throws SQLException {
        List<T> rows = list(c, sql + " LIMIT 1", row, values);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * The rows of a query grouped by its first column (a long), each group in query order; the remaining columns
     * are mapped by {@code row}.
     */
    public static <T> Map<Long, List<T>> grouped(Connection c, String sql, Row<T> row, Object... values)
            throws SQLException {
        Map<Long, List<T>> out = new LinkedHashMap<>();
        for (Map.Entry<Long, T> e : list(c, sql, rs -> Map.entry(rs.getLong(1), row.map(rs)), values)) {
            out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        out.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return out;
    }

    /** An INTEGER column that may be NULL. */
    public static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... values) throws SQLException {
        return prepare(c.prepareStatement(sql), values);
    }

    private static PreparedStatement prepare(PreparedStatement ps, Object... values) throws SQLException {
        try {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }
}
