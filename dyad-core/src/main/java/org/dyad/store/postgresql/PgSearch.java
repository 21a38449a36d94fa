package org.dyad.store.postgresql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.dyad.store.SearchHit;
import org.dyad.store.jdbc.Sql;

/**
 * Full-text search over {@code articles.fts} (title weighted A, cleaned text D, English stemming), best first by
 * {@code ts_rank_cd}, with a snippet of the title and text whose matching words are marked by [ and ] (as the SQLite
 * store's). A query is read by {@code websearch_to_tsquery}: words (all required), {@code "a phrase"}, {@code OR},
 * {@code -word}; it never fails on syntax, so any user input is safe. Unlike the SQLite store, accents are not
 * folded and there is no prefix ({@code word*}) or column ({@code title:}) syntax.
 */
final class PgSearch {
    /** The hits are found and ranked first, then the snippets made for those only (ts_headline is costly). */
    private static final String SQL = "SELECT a.id, a.key, a.title, a.published, ts_headline('english',"
            + " coalesce(a.title, '') || E'\\n' || a.clean_text, hit.q,"
            + " 'StartSel=[, StopSel=], MaxWords=14, MinWords=6, MaxFragments=1, FragmentDelimiter=…'), hit.rank"
            + " FROM (SELECT id, ts_rank_cd(fts, q) AS rank, q FROM articles, websearch_to_tsquery('english', ?) q"
            + " WHERE fts @@ q ORDER BY rank DESC, id LIMIT ?) hit JOIN articles a ON a.id = hit.id"
            + " ORDER BY hit.rank DESC, a.id";

    private PgSearch() {
    }

    /** At most {@code limit} hits for {@code query}; none for a blank query or a limit below 1. */
    static List<SearchHit> search(Connection c, String query, int limit) throws SQLException {
        String q = query == null ? "" : query.replace('\u0000', ' ');
        if (q.isBlank() || limit < 1) {
            return List.of();
        }
        return Sql.list(c, SQL, rs -> new SearchHit(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getDouble(6)), q, limit);
    }
}
