package org.dyad.copies;

import java.util.List;
import java.util.Optional;

/**
 * The signatures of the articles seen so far, looked up by LSH band ({@link Lsh}): finding an article's candidates
 * costs a few dozen hash look-ups whatever the number of articles. Implementations: {@link MemoryCopyIndex} (one
 * run, benchmarks) and the store's ({@link org.dyad.store.Store#copies()}), which keeps them in SQLite.
 */
public interface CopyIndex {
    /** Most candidates a look-up returns; bands shared by more articles are read only this far. */
    int MAX_CANDIDATES = 100;

    /**
     * One indexed article.
     *
     * @param key       the article's identity (as in {@link org.dyad.store.Store#ingest})
     * @param doc       the name the user gave the input, or null
     * @param published ISO date or date-time, or null
     * @param story     the id of the story the article belongs to
     */
    record Entry(String key, String doc, String published, Signature signature, String story) {
    }

    /** Adds the entry, replacing any entry with the same key. */
    void add(Entry entry);

    /** The entries sharing at least one band with {@code s}, except {@code exceptKey}'s; at most {@link #MAX_CANDIDATES}. */
    List<Entry> candidates(Signature s, String exceptKey);

    /** The entry of a key. */
    Optional<Entry> get(String key);

    /** The members of a story, in the order they were added. */
    List<Entry> story(String story);

    /** A story id no entry has yet. */
    String newStory();

    /** How many articles are indexed. */
    int size();
}
