package org.dyad.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.events.EventRecord;
import org.dyad.store.FactQuery;
import org.dyad.store.StoredFact;

/**
 * Reads the event facts of a pair (both directions) for the timeline summary, always in the order
 * {@link FactReader} returns a pair's facts (dated first by date, then article, then position): clustering is
 * sensitive to the order of reports with the same days, so a part of the pair read here clusters as it does among all
 * of them.
 */
final class PairEvents {
    private static final String KIND = EventRecord.KIND;
    private static final String PLACED_BY_PUBLICATION = "(f.date_from IS NULL OR length(f.date_from) < 7)";

    private final Connection c;

    PairEvents(Connection c) {
        this.c = c;
    }

    /** Every event of the pair. */
    List<StoredFact> all(String x, String y) throws SQLException {
        return new FactReader(c).read(FactQuery.of(KIND).pair(x, y).limit(Integer.MAX_VALUE));
    }

    /**
     * The events of the pair a timeline places on a day in {@code [lo, hi]} (epoch days): by their date when it has
     * a month, else by their article's publication date (through the partial index {@code facts_undated_pair}, V5).
     */
    List<StoredFact> placedWithin(String x, String y, long lo, long hi) throws SQLException {
        String from = LocalDate.ofEpochDay(lo).toString();
        String until = LocalDate.ofEpochDay(hi + 1).toString();
        List<String> branches = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        List<String[]> directions = x.equals(y) ? List.<String[]>of(new String[] {x, y})
                : List.of(new String[] {x, y}, new String[] {y, x});
        for (String[] d : directions) {
            branches.add("SELECT f.json, f.article_id, f.date_from, f.seq FROM facts f WHERE f.kind = ? AND f.a = ?"
                    + " AND f.b = ? AND f.date_from >= ? AND f.date_from < ? AND length(f.date_from) >= 7");
            args.addAll(List.of(KIND, d[0], d[1], from, until));
            branches.add("SELECT f.json, f.article_id, f.date_from, f.seq FROM facts f JOIN articles p"
                    + " ON p.id = f.article_id WHERE f.kind = ? AND f.a = ? AND f.b = ? AND " + PLACED_BY_PUBLICATION
                    + " AND p.published >= ? AND p.published < ?");
            args.addAll(List.of(KIND, d[0], d[1], from, until));
        }
        String sql = "SELECT '" + KIND + "', u.json, a.id, a.key, a.doc, a.published FROM ("
                + String.join(" UNION ALL ", branches) + ") u JOIN articles a ON a.id = u.article_id"
                + " ORDER BY u.date_from IS NULL, u.date_from, u.article_id, u.seq";
        return FactReader.list(c, sql, args);
    }

    /** The events of one article that are between two actors (the ones a timeline can count). */
    List<StoredFact> ofArticle(long articleId) throws SQLException {
        return FactReader.list(c, "SELECT f.kind, f.json, a.id, a.key, a.doc, a.published FROM facts f JOIN articles a"
                + " ON a.id = f.article_id WHERE f.article_id = ? AND f.kind = ? AND f.a IS NOT NULL"
                + " AND f.b IS NOT NULL ORDER BY f.seq", List.of(articleId, KIND));
    }
}
