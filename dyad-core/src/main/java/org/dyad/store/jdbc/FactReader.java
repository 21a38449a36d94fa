package org.dyad.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.FactQuery;
import org.dyad.store.StoredFact;

/**
 * Reads facts by kind, pair and date range through the {@code facts} indexes, in one statement.
 *
 * <p>A query with a date bound (every query of the ladder commands: a few days, a month, five years) is cut into one
 * branch per direction of the pair, each reading its index ({@code facts_pair_order}, {@code facts_pair_order_reverse},
 * {@code facts_actor_a}, {@code facts_actor_b}: V4) in the result's order and stopping at the limit; so it reads at
 * most twice {@code limit} rows whatever the number of facts in the window. A query without one (a whole timeline)
 * reads every matching fact.
 */
public final class FactReader {
    private static final String COLUMNS = "f.kind, f.json, f.article_id, f.date_from, f.seq";
    private static final String ORDER = " ORDER BY f.date_from, f.article_id, f.seq LIMIT ?";

    private final Connection c;

    public FactReader(Connection c) {
        this.c = c;
    }

    public List<StoredFact> read(FactQuery q) throws SQLException {
        return q.from() == null && q.to() == null ? readAll(q) : readWindow(q);
    }

    /** Oldest first, undated last. */
    private List<StoredFact> readAll(FactQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT f.kind, f.json, a.id, a.key, a.doc, a.published FROM facts f "
                + "JOIN articles a ON a.id = f.article_id WHERE f.kind = ?");
        List<Object> args = new ArrayList<>();
        args.add(q.kind());
        if (q.a() != null && q.b() != null) {
            sql.append(" AND ((f.a = ? AND f.b = ?) OR (f.a = ? AND f.b = ?))");
            args.add(q.a());
            args.add(q.b());
            args.add(q.b());
            args.add(q.a());
        } else if (q.a() != null || q.b() != null) {
            String x = q.a() != null ? q.a() : q.b();
            sql.append(" AND (f.a = ? OR f.b = ?)");
            args.add(x);
            args.add(x);
        }
        sql.append(" ORDER BY f.date_from IS NULL, f.date_from, a.id, f.seq LIMIT ?");
        args.add(q.limit());
        return list(sql.toString(), args);
    }

    /**
     * Dated facts only (a fact without a date is in no window): each direction's first {@code limit} in index order,
     * then the first {@code limit} of both.
     */
    private List<StoredFact> readWindow(FactQuery q) throws SQLException {
        List<String> branches = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (q.a() != null && q.b() != null) {
            branch(branches, args, q, "f.a = ? AND f.b = ?", q.a(), q.b());
            if (!q.a().equals(q.b())) {
                branch(branches, args, q, "f.a = ? AND f.b = ?", q.b(), q.a());
            }
        } else if (q.a() != null || q.b() != null) {
            String x = q.a() != null ? q.a() : q.b();
            branch(branches, args, q, "f.a = ?", x);
            branch(branches, args, q, "f.b = ? AND (f.a IS NULL OR f.a <> ?)", x, x);
        } else {
            branch(branches, args, q, null);
        }
        String sql = "SELECT u.kind, u.json, a.id, a.key, a.doc, a.published FROM ("
                + String.join(" UNION ALL ", branches) + ") u JOIN articles a ON a.id = u.article_id"
                + " ORDER BY u.date_from, u.article_id, u.seq LIMIT ?";
        args.add(q.limit());
        return list(sql, args);
    }

    private static void branch(List<String> branches, List<Object> args, FactQuery q, String pair, Object... values) {
        StringBuilder sql = new StringBuilder("SELECT * FROM (SELECT " + COLUMNS + " FROM facts f WHERE f.kind = ?");
        args.add(q.kind());
        if (pair != null) {
            sql.append(" AND ").append(pair);
            args.addAll(List.of(values));
        }
        if (q.from() != null) {
            sql.append(" AND f.date_from >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            // "to" is inclusive at its own precision: 2023 keeps 2023-12-31.
            sql.append(" AND f.date_from < ?");
            args.add(q.to() + "\uffff");
        } else {
            sql.append(" AND f.date_from IS NOT NULL");
        }
        sql.append(ORDER).append(") b").append(branches.size());
        args.add(q.limit());
        branches.add(sql.toString());
    }

    private List<StoredFact> list(String sql, List<Object> args) throws SQLException {
        return list(c, sql, args);
    }

    /** Facts of a query whose columns are kind, json, article id, key, doc and publication date. */
    static List<StoredFact> list(Connection c, String sql, List<Object> args) throws SQLException {
        return Sql.list(c, sql, rs -> new StoredFact(rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), FactJson.read(rs.getString(1), rs.getString(2))), args.toArray());
    }
}
