package org.dyad.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.jdbc.Sql;
import org.dyad.store.SearchHit;

/**
 * Full-text search over {@code articles_fts} (title and cleaned text), best first by BM25 with the title weighted
 * five times the body.
 *
 * <p>A query is first tried as FTS5 syntax, so {@code "exact phrase"}, {@code OR}, {@code NOT}, {@code prefix*}
 * and {@code title:word} work. Queries come from users, though: one FTS5 rejects (an unbalanced quote, a lone
 * {@code -}, a trailing {@code AND}) is searched again as its words, each quoted as a phrase, all required. Words
 * with no letter or digit are dropped; a query left with none finds nothing.
 */
final class FtsSearch {
    private static final String SQL = "SELECT a.id, a.key, a.title, a.published,"
            + " snippet(articles_fts, -1, '[', ']', '…', 12), bm25(articles_fts, 5.0, 1.0)"
            + " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            + " WHERE articles_fts MATCH ? ORDER BY 6, a.id LIMIT ?";

    private final Connection c;

    FtsSearch(Connection c) {
        this.c = c;
    }

    /** At most {@code limit} hits for {@code query}; none for a blank query or a limit below 1. */
    List<SearchHit> search(String query, int limit) throws SQLException {
        if (query == null || query.isBlank() || limit < 1) {
            return List.of();
        }
        try {
            return run(query, limit);
        } catch (SQLException syntax) {
            String phrases = asPhrases(query);
            return phrases.isEmpty() ? List.of() : run(phrases, limit);
        }
    }

    /** {@code query}'s whitespace-separated words as FTS5 phrases ({@code "a" "b""c"}), or "" if none is left. */
    static String asPhrases(String query) {
        List<String> phrases = new ArrayList<>();
        for (String word : query.strip().split("\\s+")) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                phrases.add('"' + word.replace("\"", "\"\"") + '"');
            }
        }
        return String.join(" ", phrases);
    }

    private List<SearchHit> run(String match, int limit) throws SQLException {
        // bm25() is lower for better matches; a SearchHit's score is higher for better ones.
        return Sql.list(c, SQL, rs -> new SearchHit(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), -rs.getDouble(6)), match, limit);
    }
}
