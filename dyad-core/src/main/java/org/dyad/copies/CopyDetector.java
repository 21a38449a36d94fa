package org.dyad.copies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dyad.output.ArticleRecord;
import org.dyad.output.Extraction;
import org.dyad.output.Fact;
import org.dyad.store.Store;
import org.dyad.text.Evidence;

/**
 * Finds the copies of an article among those already in a {@link CopyIndex}, makes its {@link CopyRecord}s and
 * links it into a story. Candidates are the index's LSH look-up and, for same-story reports, the articles that
 * report one of the same events ({@link SharedEvents}). Use {@link #check} then, once the article is kept, {@link #add}; or {@link #ingest} for
 * both around {@link Store#ingest}. An article is never a copy of itself: candidates with its own key are left out,
 * so ingesting it again links nothing new. Not thread-safe (the index decides story ids); one detector per run.
 */
public final class CopyDetector {
    /** At most this many copy records per article, best first. */
    public static final int MAX_RECORDS = 5;

    private final CopyIndex index;
    private final Function<String, Optional<String>> textOf;
    private final SharedEvents shared;

    /**
     * The articles already seen that report one of an article's events (the same event cluster: same actors,
     * action family and dates, {@link org.dyad.events.EventClusters}), by key. They are same-story candidates even
     * when their wording shares too little for the LSH look-up.
     */
    @FunctionalInterface
    public interface SharedEvents {
        /** The keys of other articles sharing an event with {@code x}'s article (never {@code key} itself). */
        java.util.Collection<String> articles(String key, Extraction x);

        /** No event-based candidates. */
        SharedEvents NONE = (key, x) -> List.of();
    }

    /** What {@link #check} found: the article's signature, its story and its copy records (best first). */
    public record Check(Signature signature, String story, List<CopyRecord> records, Extraction extraction) {
    }

    private record Found(CopyIndex.Entry entry, Classifier.Match match) {
    }

    /**
     * @param textOf the cleaned text of an indexed article by key, for evidence; return empty when it is not at
     *               hand (the records then carry no evidence)
     */
    public CopyDetector(CopyIndex index, Function<String, Optional<String>> textOf) {
        this(index, textOf, SharedEvents.NONE);
    }

    /** @param shared articles sharing an event with the one checked, for {@link Classifier#sameStoryByEvents} */
    public CopyDetector(CopyIndex index, Function<String, Optional<String>> textOf, SharedEvents shared) {
        this.index = index;
        this.textOf = textOf;
        this.shared = shared;
    }

    /** Looks up the copies of {@code x}'s article; the extraction returned carries them as its last facts. */
    public Check check(String key, Extraction x) {
        ArticleRecord article = x.article();
        Signature sig = Signature.of(article.text());
        List<Found> found = new ArrayList<>();
        for (CopyIndex.Entry e : index.candidates(sig, key)) {
            Classifier.classify(sig, e.signature()).ifPresent(m -> found.add(new Found(e, m)));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        found.forEach(f -> seen.add(f.entry().key()));
        for (String k : shared.articles(key, x)) {
            if (!k.equals(key) && seen.add(k)) {
                index.get(k).flatMap(e -> Classifier.sameStoryByEvents(sig, e.signature()).map(m -> new Found(e, m)))
                        .ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing((Found f) -> f.match().type()).thenComparing(
                Comparator.comparingDouble((Found f) -> f.match().score()).reversed()));
        String story = !found.isEmpty() ? found.get(0).entry().story()
                : index.get(key).map(CopyIndex.Entry::story).orElseGet(index::newStory);
        List<Story.Member> members = new ArrayList<>();
        for (CopyIndex.Entry e : index.story(story)) {
            if (!e.key().equals(key)) {
                members.add(new Story.Member(e.key(), e.doc(), e.published(), e.signature().length()));
            }
        }
        members.add(new Story.Member(key, article.doc(), article.published(), sig.length()));
        String original = Story.original(members).key();
        List<CopyRecord> records = new ArrayList<>();
        for (Found f : found.subList(0, Math.min(MAX_RECORDS, found.size()))) {
            records.add(new CopyRecord(article.doc(), "c" + (records.size() + 1), f.match().type().label(),
                    f.entry().key(), f.entry().doc(), f.match().score(), story, original, f.match().rule(),
                    evidence(f, article, x.original())));
        }
        List<Fact> facts = new ArrayList<>();
        for (Fact fact : x.facts()) {
            if (!(fact instanceof CopyRecord)) {
                facts.add(fact);
            }
        }
        facts.addAll(records);
        return new Check(sig, story, List.copyOf(records), new Extraction(article, x.entities(), facts,
                x.original()));
    }

    /** Indexes the article {@link #check} looked at, in the story it found. */
    public void add(String key, Check c) {
        ArticleRecord a = c.extraction().article();
        index.add(new CopyIndex.Entry(key, a.doc(), a.published(), c.signature(), c.story()));
    }

    /**
     * Checks {@code x} against the store's copies, stores it with its copy records, and indexes it. The article
     * and its signature are stored in two transactions; ingesting again completes an interrupted run.
     */
    public static Store.Outcome ingest(Store store, String key, Extraction x) {
        CopyIndex index = store.copies();
        CopyDetector d = new CopyDetector(index, k -> store.article(k).map(s -> s.extraction().article().text()),
                (k, ex) -> StoredEvents.sharing(store, k, ex));
        Check c = d.check(key, x);
        Store.Outcome outcome = store.ingest(key, c.extraction());
        if (outcome != Store.Outcome.UNCHANGED || index.get(key).isEmpty()) {
            d.add(key, c);
        }
        return outcome;
    }

    private List<Evidence> evidence(Found f, ArticleRecord article, String original) {
        String clean = article.text();
        Optional<int[]> span = f.match().type() == CopyType.EXACT ? Optional.of(new int[] {0, clean.length()})
                : textOf.apply(f.entry().key()).flatMap(other -> SharedSpan.longest(clean, other));
        return span.flatMap(s -> SharedSpan.place(clean, s[0], s[1], original)).map(List::of).orElse(List.of());
    }
}
