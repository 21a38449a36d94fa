package org.dyad.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.copies.CopyIndex;
import org.dyad.copies.Story;
import org.dyad.events.EventRecord;
import org.dyad.output.Extraction;
import org.dyad.query.Timeline;

/**
 * Where extracted facts are kept. An implementation must make {@link #ingest} atomic per article (all of an
 * article's facts or none) and idempotent (the same content twice adds nothing; changed content replaces the
 * article's facts). Implementations are safe for use from several threads.
 */
public interface Store extends AutoCloseable {

    /** What an ingest did with one article. */
    enum Outcome { NEW, UNCHANGED, REPLACED }

    /**
     * Stores one article and all its facts in one transaction. The article is identified by {@code key} (its
     * canonical URL when known, else the absolute path of the file); {@code sha256} of the raw content decides
     * whether it changed.
     */
    Outcome ingest(String key, Extraction extraction);

    /**
     * The content hash (hex SHA-256 of the raw bytes) of the article stored under {@code key}, if one is: a batch
     * compares it with an input's own hash to skip, before any NLP, an article the store already holds unchanged.
     * The default reads the whole stored article; a store should answer from its index.
     */
    default Optional<String> storedSha256(String key) {
        return article(key).filter(a -> a.key().equals(key)).map(a -> a.extraction().article().sha256());
    }

    /** Full-text search over stored articles, best first. */
    List<SearchHit> search(String query, int limit);

    /**
     * Stored articles, newest published first (undated last, then by id), without snippets: a page of at most
     * {@code limit} after skipping {@code offset}.
     */
    List<SearchHit> list(int offset, int limit);

    /** A stored article and its facts, by numeric id, key or document name. */
    Optional<StoredArticle> article(String idOrKey);

    /**
     * The keys of every stored article, in the order they were first stored, for exporting the whole store.
     *
     * @throws UnsupportedOperationException if this store cannot list its articles
     */
    default List<String> keys() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot list its articles");
    }

    /**
     * Facts matching the query, oldest first (undated facts last), each with its article. With one actor code, facts
     * where it is either side; with two, facts between them in either direction.
     */
    List<StoredFact> facts(FactQuery query);

    /**
     * The timeline of the pair {@code a}, {@code b} (either order): what {@link Timeline#months} gives over all the
     * pair's event facts with the same arguments, which is its definition. The default reads every event of the pair
     * and folds them; a store that keeps the months summarised answers from the summary instead.
     *
     * @param from first month to keep (any ISO date precision), or null
     * @param to   last month to keep, or null
     */
    default Map<String, Timeline.Month> timeline(String a, String b, boolean allStatuses, boolean allReports,
                                                 String from, String to) {
        return Timeline.months(facts(FactQuery.of(EventRecord.KIND).pair(a, b)), allStatuses, allReports, from, to);
    }

    /**
     * Brings derived summaries that ingest left for later up to date (the timeline rows of busy pairs, rebuilt once
     * per run rather than once per article); reads are exact without it, the first read of such a pair is just
     * slower. Called at the end of an ingest or import run. Returns the number of pairs rebuilt.
     */
    default int refreshTimelines() {
        return 0;
    }

    /**
     * Deletes the article stored under {@code key} with all its facts, in one transaction. Returns whether there was
     * one.
     *
     * @throws UnsupportedOperationException if this store cannot delete articles
     */
    default boolean delete(String key) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot delete articles");
    }

    /**
     * The signatures of the stored articles, for copy detection ({@link org.dyad.copies.CopyDetector#ingest}). An
     * article's signature is removed with it.
     *
     * @throws UnsupportedOperationException if this store keeps no signatures
     */
    default CopyIndex copies() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no copy signatures");
    }

    /** A story (copies linked with one original) by its id, as {@link CopyIndex#story} lists it. */
    default Optional<Story> story(String id) {
        return Optional.ofNullable(Story.read(copies(), id));
    }

    /** How many articles and facts of each kind are stored. */
    StoreStats stats();

    /** The schema version the store is at. */
    int schemaVersion();

    @Override
    void close();
}
