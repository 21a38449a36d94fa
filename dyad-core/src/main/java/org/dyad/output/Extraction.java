package org.dyad.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything extracted from one article: what {@code extract} prints and what a store saves, atomically.
 *
 * @param original the original decoded text, which every evidence offset refers to
 */
public record Extraction(ArticleRecord article, List<EntityRecord> entities, String original) {
    public Extraction {
        entities = List.copyOf(entities);
    }

    /** All records in output order: the article first, then its entities. */
    public List<Record> records() {
        List<Record> all = new ArrayList<>();
        all.add(article);
        all.addAll(entities);
        return all;
    }
}
