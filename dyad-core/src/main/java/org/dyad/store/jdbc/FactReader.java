package org.dyad.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.FactQuery;
import org.dyad.store.StoredFact;

/** Reads facts by kind, pair and date range through the {@code facts} indexes. */
public final class FactReader {
    private final Connection c;

    public FactReader(Connection c) {
        this.c = c;
    }

    public List<StoredFact> read(FactQuery q) throws SQLException {
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
        if (q.from() != null) {
            sql.append(" AND f.date_from >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            // "to" is inclusive at its own precision: 2023 keeps 2023-12-31.
            sql.append(" AND f.date_from < ?");
            args.add(q.to() + "\uffff");
        }
        sql.append(" ORDER BY f.date_from IS NULL, f.date_from, a.id, f.seq LIMIT ?");
        args.add(q.limit());
        return Sql.list(c, sql.toString(), rs -> new StoredFact(rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), FactJson.read(rs.getString(1), rs.getString(2))), args.toArray());
    }
}
