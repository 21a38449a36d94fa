package org.dyad.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything extracted from one article: what {@code extract} prints and what a store saves, atomically.
 *
 * @param facts    records of the later kinds (events, partnership statements, quotes, ...), in output order
 * @param original the original decoded text, which every evidence offset refers to
 */
public record Extraction(ArticleRecord article, List<EntityRecord> entities, List<Fact> facts, String original) {
    public Extraction {
        entities = List.copyOf(entities);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** An extraction with articles and entities only. */
    public Extraction(ArticleRecord article, List<EntityRecord> entities, String original) {
        this(article, entities, List.of(), original);
    }

    /** All records in output order: the article first, then its entities, then the other facts. */
    public List<Record> records() {
        List<Record> all = new ArrayList<>();
        all.add(article);
        all.addAll(entities);
        all.addAll(facts);
        return all;
    }

    /** The facts of one record class. */
    public <T extends Fact> List<T> facts(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Fact f : facts) {
            if (type.isInstance(f)) {
                out.add(type.cast(f));
            }
        }
        return out;
    }
}
