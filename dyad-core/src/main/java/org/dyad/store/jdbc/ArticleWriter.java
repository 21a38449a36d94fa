package org.dyad.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.output.ArticleRecord;
import org.dyad.output.EntityRecord;
import org.dyad.output.Extraction;
import org.dyad.output.Fact;
import org.dyad.output.FactIndex;
import org.dyad.store.Store.Outcome;
import org.dyad.store.StoredFact;
import org.dyad.text.Evidence;

/**
 * Writes one article and its facts. Must run inside a write transaction (see {@link Sql#inTransaction}): a failure
 * part way leaves rows that only the caller's rollback removes.
 *
 * <p>A changed article is replaced by deleting its row, which cascades to every fact table, and inserting it again
 * under the same id; so a fact table added later needs only {@code ON DELETE CASCADE} to take part. {@code null}
 * lists and maps in the records are stored, and read back, as empty ones. The timeline summary ({@link
 * TimelineSummary}) is derived from the events and updated in the same transaction, after the facts are written.
 */
public final class ArticleWriter {
    private static final String[] ARTICLE_COLUMNS = {"key", "doc", "sha256", "title", "outlet", "author",
        "published", "url", "language", "format", "charset", "clean_text", "original_text", "pipeline_version",
        "ingested_at"};
    private static final String INSERT_ARTICLE = Sql.insertInto("articles", ARTICLE_COLUMNS);
    /** A replaced article keeps its id. */
    private static final String INSERT_ARTICLE_WITH_ID = Sql.insertInto("articles",
            java.util.stream.Stream.concat(java.util.stream.Stream.of("id"), Arrays.stream(ARTICLE_COLUMNS))
                    .toArray(String[]::new));
    private static final String INSERT_FIELD = Sql.insertInto("article_fields", "article_id", "seq", "name",
            "value", "source", "ev_start", "ev_end", "ev_text");
    private static final String INSERT_BOILERPLATE = Sql.insertInto("boilerplate", "article_id", "seq", "start",
            "\"end\"", "rule", "text");
    private static final String INSERT_ENTITY = Sql.insertInto("entities", "article_id", "seq", "local_id", "name",
            "type", "code", "sector", "title", "role", "actor", "rule", "pipeline_version");
    private static final String INSERT_MENTION = Sql.insertInto("mentions", "entity_id", "article_id", "seq",
            "start", "\"end\"", "text", "role", "rule");
    private static final String INSERT_ARTICLE_EVIDENCE = Sql.insertInto("article_evidence", "article_id", "seq",
            "start", "\"end\"", "text");
    private static final String INSERT_ENTITY_EVIDENCE = Sql.insertInto("entity_evidence", "entity_id",
            "article_id", "seq", "start", "\"end\"", "text");

    private static final String INSERT_FACT = Sql.insertInto("facts", "article_id", "seq", "kind", "local_id", "a",
            "b", "date_from", "date_to", "category", "status", "rule", "pipeline_version", "json");

    private final Connection c;
    private final TimelineSummary timeline;

    /** A writer whose transactions are the only writer of the store at a time (SQLite). */
    public ArticleWriter(Connection c) {
        this(c, TimelineSummary.PairLock.NONE);
    }

    /** A writer that takes {@code pairLock} on each pair whose timeline summary it updates. */
    public ArticleWriter(Connection c, TimelineSummary.PairLock pairLock) {
        this.c = c;
        this.timeline = new TimelineSummary(c, pairLock);
    }

    /**
     * Stores {@code x} under {@code key} unless the same content (same sha256) is already there.
     *
     * @param now ISO instant recorded as {@code ingested_at} when something is written
     */
    public Outcome write(String key, Extraction x, String now) throws SQLException {
        ArticleRecord a = check(key, x);
        var old = Sql.one(c, "SELECT id, sha256 FROM articles WHERE key = ?",
                rs -> Map.entry(rs.getLong(1), rs.getString(2)), key);
        if (old.isPresent() && old.get().getValue().equals(a.sha256())) {
            return Outcome.UNCHANGED;
        }
        Long id = old.map(Map.Entry::getKey).orElse(null);
        Object[] values = {key, a.doc(), a.sha256(), a.title(), a.outlet(), a.author(), a.published(), a.url(),
            a.language(), a.format(), a.charset(), a.text(), x.original(), a.pipeline(), now};
        long articleId;
        List<StoredFact> removed = id == null ? List.of() : timeline.eventsOf(id);
        if (id != null) {
            Sql.update(c, "DELETE FROM articles WHERE id = ?", id);
            Object[] withId = new Object[values.length + 1];
            withId[0] = id;
            System.arraycopy(values, 0, withId, 1, values.length);
            Sql.update(c, INSERT_ARTICLE_WITH_ID, withId);
            articleId = id;
        } else {
            articleId = Sql.insert(c, INSERT_ARTICLE, values);
        }
        writeFields(articleId, a.fields() == null ? Map.of() : a.fields());
        writeSpans(INSERT_ARTICLE_EVIDENCE, a.evidence(), articleId);
        int seq = 0;
        for (ArticleRecord.Boilerplate b : orEmpty(a.boilerplate())) {
            Sql.update(c, INSERT_BOILERPLATE, articleId, seq++, b.start(), b.end(), b.rule(), b.text());
        }
        seq = 0;
        for (EntityRecord e : x.entities()) {
            writeEntity(articleId, seq++, e, a.pipeline());
        }
        seq = 0;
        for (Fact f : x.facts()) {
            FactIndex ix = f.index();
            Sql.update(c, INSERT_FACT, articleId, seq++, f.kind(), f.id(), ix.a(), ix.b(), ix.from(), ix.to(),
                    ix.category(), ix.status(), f.rule(), a.pipeline(), FactJson.write(f));
        }
        timeline.update(removed, timeline.eventsOf(articleId));
        return id == null ? Outcome.NEW : Outcome.REPLACED;
    }

    /**
     * Deletes the article stored under {@code key} and everything of it (the fact tables cascade), and updates the
     * timeline summary. Returns whether there was one.
     */
    public boolean delete(String key) throws SQLException {
        var id = Sql.one(c, "SELECT id FROM articles WHERE key = ?", rs -> rs.getLong(1), key);
        if (id.isEmpty()) {
            return false;
        }
        List<StoredFact> removed = timeline.eventsOf(id.get());
        Sql.update(c, "DELETE FROM articles WHERE id = ?", id.get());
        timeline.update(removed, List.of());
        return true;
    }

    private static ArticleRecord check(String key, Extraction x) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an article needs a key (its canonical URL or absolute file path)");
        }
        Objects.requireNonNull(x, "extraction");
        ArticleRecord a = Objects.requireNonNull(x.article(), "extraction.article");
        for (EntityRecord e : x.entities()) {
            if (e != null && !Objects.equals(e.doc(), a.doc())) {
                throw new IllegalArgumentException(String.format("entity %s names doc \"%s\" but its article is"
                        + " \"%s\"; one Extraction holds the records of one document", e.id(), e.doc(), a.doc()));
            }
        }
        return a;
    }

    private void writeFields(long articleId, Map<String, ArticleRecord.Field> fields) throws SQLException {
        int seq = 0;
        for (Map.Entry<String, ArticleRecord.Field> f : fields.entrySet()) {
            Evidence ev = f.getValue().evidence();
            Sql.update(c, INSERT_FIELD, articleId, seq++, f.getKey(), f.getValue().value(), f.getValue().source(),
                    ev == null ? null : ev.start(), ev == null ? null : ev.end(), ev == null ? null : ev.text());
        }
    }

    private void writeEntity(long articleId, int seq, EntityRecord e, String pipeline) throws SQLException {
        long entityId = Sql.insert(c, INSERT_ENTITY, articleId, seq, e.id(), e.name(), e.type(), e.code(),
                e.sector(), e.title(), e.role(), e.actor() ? 1 : 0, e.rule(), pipeline);
        int m = 0;
        for (EntityRecord.MentionOut mention : orEmpty(e.mentions())) {
            Sql.update(c, INSERT_MENTION, entityId, articleId, m++, mention.start(), mention.end(), mention.text(),
                    mention.role(), mention.rule());
        }
        writeSpans(INSERT_ENTITY_EVIDENCE, e.evidence(), entityId, articleId);
    }

    /** Inserts evidence spans with {@code sql}, whose parameters are the owner ids, then seq, start, end, text. */
    private void writeSpans(String sql, List<Evidence> spans, Object... owners) throws SQLException {
        int seq = 0;
        for (Evidence ev : orEmpty(spans)) {
            Object[] values = Arrays.copyOf(owners, owners.length + 4);
            values[owners.length] = seq++;
            values[owners.length + 1] = ev.start();
            values[owners.length + 2] = ev.end();
            values[owners.length + 3] = ev.text();
            Sql.update(c, sql, values);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
