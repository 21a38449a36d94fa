package org.dyad.store.jdbc;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.dyad.copies.CopyIndex;
import org.dyad.copies.Lsh;
import org.dyad.copies.Signature;
import org.dyad.store.StoreException;

/**
 * A store's {@link CopyIndex}: signatures and LSH bands in {@code copy_signatures} and {@code copy_bands}
 * (V3__copies.sql), in SQL that SQLite and PostgreSQL both run. An entry belongs to a stored article: {@link #add}
 * fails for a key the store does not have. Thread-safe as the store's {@link Connections} are.
 */
public final class JdbcCopyIndex implements CopyIndex {
    private static final String ENTRY = "SELECT a.key, a.doc, a.published, s.signature, s.story FROM copy_signatures s"
            + " JOIN articles a ON a.id = s.article_id";

    private final Connections store;

    public JdbcCopyIndex(Connections store) {
        this.store = store;
    }

    @Override
    public void add(Entry e) {
        store.locked("cannot index the signature of " + e.key(), c -> Sql.inTransaction(c, true, () -> {
            long id = Sql.one(c, "SELECT id FROM articles WHERE key = ?", rs -> rs.getLong(1), e.key())
                    .orElseThrow(() -> new StoreException("no stored article " + e.key() + " to index"));
            Sql.update(c, "DELETE FROM copy_bands WHERE article_id = ?", id);
            Sql.update(c, "INSERT INTO copy_signatures(article_id, story, seq, signature) VALUES (?, ?,"
                    + " (SELECT coalesce(max(seq), 0) + 1 FROM copy_signatures), ?) ON CONFLICT (article_id) DO UPDATE"
                    + " SET story = excluded.story, seq = excluded.seq, signature = excluded.signature", id,
                    Long.parseLong(e.story()), e.signature().toBytes());
            try (var ps = c.prepareStatement("INSERT INTO copy_bands(band, article_id) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING")) {
                for (long band : Lsh.keys(e.signature())) {
                    ps.setLong(1, band);
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        }));
    }

    @Override
    public List<Entry> candidates(Signature s, String exceptKey) {
        long[] bands = Lsh.keys(s);
        if (bands.length == 0) {
            return List.of();
        }
        String in = String.join(", ", Collections.nCopies(bands.length, "?"));
        Object[] args = new Object[bands.length + 2];
        for (int i = 0; i < bands.length; i++) {
            args[i] = bands[i];
        }
        args[bands.length] = MAX_CANDIDATES;
        args[bands.length + 1] = exceptKey;
        return store.locked("cannot look up copies", c -> Sql.inTransaction(c, false, () -> Sql.list(c, ENTRY
                + " WHERE s.article_id IN (SELECT DISTINCT article_id FROM copy_bands WHERE band IN (" + in + ")"
                + " LIMIT ?) AND a.key IS DISTINCT FROM ?", JdbcCopyIndex::entry, args)));
    }

    @Override
    public Optional<Entry> get(String key) {
        return store.locked("cannot read the signature of " + key, c -> Sql.one(c, ENTRY + " WHERE a.key = ?",
                JdbcCopyIndex::entry, key));
    }

    @Override
    public List<Entry> story(String story) {
        long id;
        try {
            id = Long.parseLong(story);
        } catch (NumberFormatException e) {
            return List.of();
        }
        return store.locked("cannot read story " + story, c -> Sql.list(c, ENTRY + " WHERE s.story = ? ORDER BY"
                + " s.seq", JdbcCopyIndex::entry, id));
    }

    @Override
    public String newStory() {
        return store.locked("cannot start a story", c -> Sql.inTransaction(c, true, () -> Long.toString(
                Sql.insert(c, "INSERT INTO copy_stories(created_at) VALUES (?)", Instant.now().toString()))));
    }

    @Override
    public int size() {
        return store.locked("cannot count signatures", c -> Sql.one(c, "SELECT count(*) FROM copy_signatures",
                rs -> rs.getInt(1)).orElseThrow());
    }

    private static Entry entry(java.sql.ResultSet rs) throws SQLException {
        return new Entry(rs.getString(1), rs.getString(2), rs.getString(3), Signature.fromBytes(rs.getBytes(4)),
                Long.toString(rs.getLong(5)));
    }
}
