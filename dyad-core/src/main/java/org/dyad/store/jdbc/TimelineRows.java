package org.dyad.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.events.EventClusters;
import org.dyad.query.Timeline;

/**
 * The rows of {@code timeline_months} (V5): computed from a pair's reports with {@link Timeline#count} (the same
 * counting {@link Timeline#months} does), written for a range of months, and read back as {@link Timeline.Month}s.
 */
public final class TimelineRows {
    private static final String INSERT = Sql.insertInto("timeline_months", "x", "y", "every_report", "month",
            "status", "category", "quad", "events", "reports", "by_publication", "goldstein_sum", "cooperative",
            "conflictual");

    private final Connection c;

    public TimelineRows(Connection c) {
        this.c = c;
    }

    /** One row's key below the pair. */
    private record Key(int everyReport, String month, String status, String category, String quad) {
        static final java.util.Comparator<Key> ORDER = java.util.Comparator.comparingInt(Key::everyReport)
                .thenComparing(Key::month).thenComparing(Key::status).thenComparing(Key::category)
                .thenComparing(Key::quad);
    }

    /** One row's figures. */
    private static final class Figures {
        int events;
        int reports;
        int byPublication;
        double goldsteinSum;
        int cooperative;
        int conflictual;
    }

    /**
     * Replaces the pair's rows of the months {@code first} to {@code last} (YYYY-MM; both null: every month) with
     * those {@code reports} give. The reports must cluster within those months as all the pair's events do (see
     * {@link TimelineSummary}).
     */
    void replace(String x, String y, List<EventClusters.Report> reports, String first, String last)
            throws SQLException {
        Map<Key, Figures> rows = new TreeMap<>(Key.ORDER);
        for (EventClusters.Cluster cluster : EventClusters.of(reports)) {
            for (int every = 0; every < 2; every++) {
                int everyReport = every;
                Timeline.count(cluster, every == 1, k -> {
                    if (first == null || k.month().compareTo(first) >= 0 && k.month().compareTo(last) <= 0) {
                        Figures f = rows.computeIfAbsent(new Key(everyReport, k.month(), k.status(), k.category(),
                                k.quad()), key -> new Figures());
                        f.events++;
                        f.reports += k.reports();
                        f.byPublication += k.byPublication() ? 1 : 0;
                        f.goldsteinSum += k.goldstein();
                        f.cooperative += k.goldstein() > 0 ? 1 : 0;
                        f.conflictual += k.goldstein() < 0 ? 1 : 0;
                    }
                });
            }
        }
        if (first == null) {
            Sql.update(c, "DELETE FROM timeline_months WHERE x = ? AND y = ?", x, y);
        } else {
            Sql.update(c, "DELETE FROM timeline_months WHERE x = ? AND y = ? AND month >= ? AND month <= ?", x, y,
                    first, last);
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Map.Entry<Key, Figures> e : rows.entrySet()) {
                Key k = e.getKey();
                Figures f = e.getValue();
                Object[] values = {x, y, k.everyReport(), k.month(), k.status(), k.category(), k.quad(), f.events,
                    f.reports, f.byPublication, f.goldsteinSum, f.cooperative, f.conflictual};
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The timeline of the pair {@code a}, {@code b} (either order) from the summary: what {@link Timeline#months}
     * gives over all the pair's event facts with the same arguments.
     */
    public Map<String, Timeline.Month> read(String a, String b, boolean allStatuses, boolean allReports, String from,
                                            String to) throws SQLException {
        String[] p = TimelineSummary.pair(a, b);
        StringBuilder sql = new StringBuilder("SELECT month, status, category, quad, events, reports, by_publication,"
                + " goldstein_sum, cooperative, conflictual FROM timeline_months WHERE x = ? AND y = ?"
                + " AND every_report = ?");
        List<Object> args = new ArrayList<>(List.of(p[0], p[1], allReports ? 1 : 0));
        if (from != null) {
            sql.append(" AND month >= ?");
            args.add(Timeline.prefix(from));
        }
        if (to != null) {
            sql.append(" AND month <= ?");
            args.add(Timeline.prefix(to));
        }
        sql.append(" ORDER BY month, status, category, quad");
        Map<String, Timeline.Month> months = new TreeMap<>();
        Sql.list(c, sql.toString(), rs -> {
            if (Timeline.keeps(rs.getString(2), allStatuses)) {
                months.computeIfAbsent(rs.getString(1), m -> new Timeline.Month()).add(rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getDouble(8), rs.getInt(9),
                        rs.getInt(10));
            }
            return 1;
        }, args.toArray());
        return months;
    }
}
