package org.dyad.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.output.ArticleRecord;
import org.dyad.output.EntityRecord;
import org.dyad.output.Extraction;
import org.dyad.text.Evidence;

/** Extractions built by hand for store tests, and raw SQL on a store's file to check what the store wrote. */
public final class Articles {
    public static final String PIPELINE = "dyad-test-1";

    private Articles() {
    }

    /**
     * A realistic extraction of a short text naming {@code countryName}: emoji before the mentions so code-point
     * offsets differ from char offsets, metadata fields with and without evidence, boilerplate, and entities for the country (actor), Antony Blinken (person) and Hanoi (place, not actor).
     */
    public static Extraction hanoi(String doc, String sha256, String countryName) {
        String original = "🇻🇳 Menu | Home\nBlinken in Hanoi 😀\nAntony Blinken met officials of " + countryName
                + " in Hanoi on Tuesday. " + countryName + " called the talks frank.";
        String menu = original.substring(0, original.indexOf("Blinken in Hanoi"));
        String text = original.substring(menu.length());
        Map<String, ArticleRecord.Field> fields = new LinkedHashMap<>();
        fields.put("title", new ArticleRecord.Field("Blinken in Hanoi 😀", "html-meta", span(original,
                "Blinken in Hanoi 😀", 0)));
        fields.put("outlet", new ArticleRecord.Field("Example News", "json-ld", null));
        fields.put("published", new ArticleRecord.Field("2023-04-15", "header", null));
        fields.put("author", new ArticleRecord.Field(null, null, null));
        ArticleRecord article = new ArticleRecord(doc, sha256, "Blinken in Hanoi 😀", "Example News", null,
                "2023-04-15", "https://example.org/" + doc, "en", "html", "UTF-8", PIPELINE, fields, text,
                List.of(new ArticleRecord.Boilerplate(0, menu.codePointCount(0, menu.length()), "nav", menu)),
                List.of(span(original, "Blinken in Hanoi 😀", 0)));
        return new Extraction(article, List.of(
                entity(doc, "e1", countryName, "COUNTRY", "VNM", true, original, 0, 1),
                new EntityRecord(doc, "e2", "Antony Blinken", "PERSON", "USA", "GOV", "U.S. Secretary of State",
                        "foreign_minister", true, "ner+title",
                        List.of(mention(original, "Antony Blinken", 0, "actor", "ner")),
                        List.of(span(original, "Antony Blinken", 0))),
                entity(doc, "e3", "Hanoi", "LOCATION", null, false, original, 0, 1)), original);
    }

    /** A small article whose cleaned text is its original, with one entity: the first word of the body. */
    public static Extraction about(String doc, String title, String body) {
        String original = title + "\n" + body;
        ArticleRecord article = new ArticleRecord(doc, "sha-" + doc, title, null, null, null, null, "en", "text",
                "UTF-8", PIPELINE, Map.of(), original, List.of(), List.of(span(original, title, 0)));
        String word = body.split(" ")[0];
        return new Extraction(article, List.of(entity(doc, "e1", word, "ORGANIZATION", null, true, original, 0)),
                original);
    }

    /** An entity whose mentions are the {@code nth} occurrences of its name in {@code original}. */
    private static EntityRecord entity(String doc, String id, String name, String type, String code, boolean actor,
                                       String original, int... nth) {
        String role = actor ? "actor" : "place";
        List<EntityRecord.MentionOut> mentions = Arrays.stream(nth)
                .mapToObj(n -> mention(original, name, n, role, "gazetteer")).toList();
        return new EntityRecord(doc, id, name, type, code, null, null, null, actor, "gazetteer", mentions,
                mentions.stream().map(m -> new Evidence(m.start(), m.end(), m.text())).toList());
    }

    static EntityRecord.MentionOut mention(String original, String needle, int nth, String role, String rule) {
        Evidence e = span(original, needle, nth);
        return new EntityRecord.MentionOut(e.start(), e.end(), e.text(), role, rule);
    }

    /** The {@code nth} (0-based) occurrence of {@code needle} in {@code original}, in code points. */
    static Evidence span(String original, String needle, int nth) {
        int at = original.indexOf(needle);
        for (int i = 0; i < nth; i++) {
            at = original.indexOf(needle, at + 1);
        }
        if (at < 0) {
            throw new IllegalArgumentException(needle + " #" + nth + " not in " + original);
        }
        int start = original.codePointCount(0, at);
        return new Evidence(start, start + needle.codePointCount(0, needle.length()), needle);
    }

    /** The single number a query on the store's file returns, read over a separate connection. */
    static long count(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs a statement on the store's file over a separate connection. */
    static void execute(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
