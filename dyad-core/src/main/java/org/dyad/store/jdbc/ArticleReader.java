package org.dyad.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.output.ArticleRecord;
import org.dyad.output.EntityRecord;
import org.dyad.output.Extraction;
import org.dyad.output.Fact;
import org.dyad.store.SearchHit;
import org.dyad.store.StoredArticle;
import org.dyad.text.Evidence;

/**
 * Rebuilds a stored article as the {@link Extraction} that was ingested: lists in their original order, maps in
 * their original iteration order. Should run inside a read transaction so its several queries see one state.
 */
public final class ArticleReader {
    private static final String SPAN = "start, \"end\", text";
    private static final Sql.Row<Evidence> EVIDENCE = rs -> new Evidence(rs.getInt("start"), rs.getInt("end"),
            rs.getString("text"));

    private final Connection c;

    public ArticleReader(Connection c) {
        this.c = c;
    }

    /** The content hash stored for {@code key}, if the article is stored. */
    public Optional<String> sha256(String key) throws SQLException {
        return Sql.one(c, "SELECT sha256 FROM articles WHERE key = ?", rs -> rs.getString(1), key);
    }

    /** Every stored article's key, in ingest order. */
    public List<String> keys() throws SQLException {
        return Sql.list(c, "SELECT key FROM articles ORDER BY id", rs -> rs.getString(1));
    }

    /** Refuses a page that cannot be asked for (checked by the stores before they take a connection). */
    public static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 1 or more, got " + offset + ", "
                    + limit);
        }
    }

    /** One page of stored articles, newest publication first (undated last), as hits without snippet or score. */
    public List<SearchHit> page(int offset, int limit) throws SQLException {
        return Sql.list(c, "SELECT id, key, title, published FROM articles"
                + " ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?", rs -> new SearchHit(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), null, 0), limit, offset);
    }

    /**
     * Finds an article by numeric id, else by key, else by document name (the most recently ingested article
     * of that name).
     */
    public Optional<StoredArticle> find(String idOrKey) throws SQLException {
        Optional<Long> id = Optional.empty();
        if (idOrKey.matches("[0-9]{1,18}")) {
            id = Sql.one(c, "SELECT id FROM articles WHERE id = ?", rs -> rs.getLong(1), Long.parseLong(idOrKey));
        }
        if (id.isEmpty()) {
            id = Sql.one(c, "SELECT id FROM articles WHERE key = ?", rs -> rs.getLong(1), idOrKey);
        }
        if (id.isEmpty()) {
            id = Sql.one(c, "SELECT id FROM articles WHERE doc = ? ORDER BY ingested_at DESC, id DESC",
                    rs -> rs.getLong(1), idOrKey);
        }
        return id.isEmpty() ? Optional.empty() : read(id.get());
    }

    /** The article with this id and all its facts, or empty. */
    public Optional<StoredArticle> read(long id) throws SQLException {
        return Sql.one(c, "SELECT * FROM articles WHERE id = ?", this::article, id);
    }

    private StoredArticle article(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String doc = rs.getString("doc");
        String pipeline = rs.getString("pipeline_version");
        ArticleRecord article = new ArticleRecord(doc, rs.getString("sha256"), rs.getString("title"),
                rs.getString("outlet"), rs.getString("author"), rs.getString("published"), rs.getString("url"),
                rs.getString("language"), rs.getString("format"), rs.getString("charset"), pipeline, fields(id),
                rs.getString("clean_text"), boilerplate(id),
                Sql.list(c, "SELECT " + SPAN + " FROM article_evidence WHERE article_id = ? ORDER BY seq",
                        EVIDENCE, id));
        Extraction x = new Extraction(article, entities(id, doc), facts(id), rs.getString("original_text"));
        return new StoredArticle(id, rs.getString("key"), rs.getString("ingested_at"), x);
    }

    private Map<String, ArticleRecord.Field> fields(long articleId) throws SQLException {
        Map<String, ArticleRecord.Field> out = new LinkedHashMap<>();
        for (Map.Entry<String, ArticleRecord.Field> e : Sql.list(c,
                "SELECT * FROM article_fields WHERE article_id = ? ORDER BY seq", rs -> {
                    Integer start = Sql.intOrNull(rs, "ev_start");
                    Evidence ev = start == null ? null : new Evidence(start, rs.getInt("ev_end"),
                            rs.getString("ev_text"));
                    return Map.entry(rs.getString("name"),
                            new ArticleRecord.Field(rs.getString("value"), rs.getString("source"), ev));
                }, articleId)) {
            out.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(out);
    }

    private List<ArticleRecord.Boilerplate> boilerplate(long articleId) throws SQLException {
        return Sql.list(c, "SELECT * FROM boilerplate WHERE article_id = ? ORDER BY seq",
                rs -> new ArticleRecord.Boilerplate(rs.getInt("start"), rs.getInt("end"), rs.getString("rule"),
                        rs.getString("text")), articleId);
    }

    private List<Fact> facts(long articleId) throws SQLException {
        return Sql.list(c, "SELECT kind, json FROM facts WHERE article_id = ? ORDER BY seq",
                rs -> FactJson.read(rs.getString("kind"), rs.getString("json")), articleId);
    }

    private List<EntityRecord> entities(long articleId, String doc) throws SQLException {
        Map<Long, List<EntityRecord.MentionOut>> mentions = Sql.grouped(c,
                "SELECT entity_id, * FROM mentions WHERE article_id = ? ORDER BY entity_id, seq",
                rs -> new EntityRecord.MentionOut(rs.getInt("start"), rs.getInt("end"), rs.getString("text"),
                        rs.getString("role"), rs.getString("rule")), articleId);
        Map<Long, List<Evidence>> evidence = Sql.grouped(c,
                "SELECT entity_id, " + SPAN + " FROM entity_evidence WHERE article_id = ? ORDER BY entity_id, seq",
                EVIDENCE, articleId);
        return Sql.list(c, "SELECT * FROM entities WHERE article_id = ? ORDER BY seq", rs -> {
            long id = rs.getLong("id");
            return new EntityRecord(doc, rs.getString("local_id"), rs.getString("name"), rs.getString("type"),
                    rs.getString("code"), rs.getString("sector"), rs.getString("title"), rs.getString("role"),
                    rs.getInt("actor") == 1, rs.getString("rule"), mentions.getOrDefault(id, List.of()),
                    evidence.getOrDefault(id, List.of()));
        }, articleId);
    }
}
