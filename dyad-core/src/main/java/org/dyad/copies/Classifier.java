package org.dyad.copies;

import java.util.Optional;

/**
 * Decides whether two signatures are copies and of which {@link CopyType}, by fixed thresholds on estimated
 * similarities. Rules, tried in order (each names itself in {@link Match#rule()}):
 * <ol>
 *   <li>{@code copy.exact}: equal exact hashes;</li>
 *   <li>{@code copy.near}: containment of raw shingles ≥ {@link #NEAR};</li>
 *   <li>{@code copy.translated:articles}: Jaccard of names ≥ {@link #TRANSLATED_NAMES}, containment of content
 *       words ≥ {@link #TRANSLATED_WORDS}, and one text uses articles ("a", "the") at most
 *       {@link #ARTICLE_RATIO} times as often as the other (a translation from a language without them);</li>
 *   <li>{@code copy.spun}: containment of synonym-class shingles ≥ {@link #SPUN};</li>
 *   <li>{@code copy.translated}: the same without the article test, with the stricter
 *       {@link #TRANSLATED_NAMES_ALONE};</li>
 *   <li>{@code copy.same-story}: Jaccard of names ≥ {@link #STORY_NAMES}, at least {@link #STORY_MIN_NAMES} names
 *       in each, and containment of content words ≥ {@link #STORY_WORDS}.</li>
 * </ol>
 * Articles that report one of the same events ({@link CopyDetector.SharedEvents}) are same-story with less
 * shared wording: {@link #sameStoryByEvents}, rule {@code copy.same-story:events}.
 * The score is the similarity the deciding rule tested (1 for exact). Thresholds were set on the generated set of
 * {@link org.dyad.copies.eval.CopyEval}; see bench/results/copies-*.txt for what they give. Stateless.
 */
public final class Classifier {
    public static final double NEAR = 0.88;
    public static final double SPUN = 0.30;
    public static final double TRANSLATED_NAMES = 0.50;
    public static final double TRANSLATED_NAMES_ALONE = 0.55;
    public static final double TRANSLATED_WORDS = 0.50;
    public static final double ARTICLE_RATIO = 0.6;
    public static final double STORY_NAMES = 0.42;
    public static final double STORY_WORDS = 0.45;
    public static final int STORY_MIN_NAMES = 8;
    /**
     * Content-word containment two articles reporting one event need to be one story. Names are not required:
     * another outlet names the same people and places in other ways ("Oslo", "the Norwegian capital").
     */
    public static final double EVENT_STORY_WORDS = 0.35;
    /** Texts with fewer normalised words than this are never called copies (too little to tell). */
    public static final int MIN_WORDS = 20;

    /** A decision: the type, a score in [0, 1] and the rule that decided. */
    public record Match(CopyType type, double score, String rule) {
    }

    private Classifier() {
    }

    /** The copy type of {@code a} with respect to {@code b}, if they are copies. Symmetric. */
    public static Optional<Match> classify(Signature a, Signature b) {
        if (a.length() < MIN_WORDS || b.length() < MIN_WORDS) {
            return Optional.empty();
        }
        if (a.exact() == b.exact() && a.length() == b.length()) {
            return Optional.of(new Match(CopyType.EXACT, 1.0, "copy.exact"));
        }
        double raw = Signature.containment(Signature.jaccard(a.raw(), b.raw()), a.nRaw(), b.nRaw());
        if (raw >= NEAR) {
            return Optional.of(new Match(CopyType.NEAR, round(raw), "copy.near"));
        }
        boolean named = a.nNames() > 0 && b.nNames() > 0;
        double names = named ? Signature.jaccard(a.names(), b.names()) : 0;
        double words = Signature.containment(Signature.jaccard(a.words(), b.words()), a.nWords(), b.nWords());
        double fewer = Math.min(a.articleRate(), b.articleRate());
        double more = Math.max(a.articleRate(), b.articleRate());
        if (names >= TRANSLATED_NAMES && words >= TRANSLATED_WORDS && fewer <= more * ARTICLE_RATIO) {
            return Optional.of(new Match(CopyType.TRANSLATED, round(Math.min(names, words)),
                    "copy.translated:articles"));
        }
        double syn = Signature.containment(Signature.jaccard(a.syn(), b.syn()), a.nSyn(), b.nSyn());
        if (syn >= SPUN) {
            return Optional.of(new Match(CopyType.SPUN, round(syn), "copy.spun"));
        }
        if (!named) {
            return Optional.empty();
        }
        if (names >= TRANSLATED_NAMES_ALONE && words >= TRANSLATED_WORDS) {
            return Optional.of(new Match(CopyType.TRANSLATED, round(Math.min(names, words)), "copy.translated"));
        }
        if (names >= STORY_NAMES && words >= STORY_WORDS && Math.min(a.nNames(), b.nNames()) >= STORY_MIN_NAMES) {
            return Optional.of(new Match(CopyType.SAME_STORY, round(names), "copy.same-story"));
        }
        return Optional.empty();
    }

    /**
     * Two articles known to report one of the same events (same actors, action family and dates): another report
     * of the same story when their content words overlap ({@link #EVENT_STORY_WORDS}); two articles that only
     * mention the event in passing, about other things, are not. The score is that containment.
     */
    public static Optional<Match> sameStoryByEvents(Signature a, Signature b) {
        if (a.length() < MIN_WORDS || b.length() < MIN_WORDS) {
            return Optional.empty();
        }
        double words = Signature.containment(Signature.jaccard(a.words(), b.words()), a.nWords(), b.nWords());
        if (words >= EVENT_STORY_WORDS) {
            return Optional.of(new Match(CopyType.SAME_STORY, round(words), "copy.same-story:events"));
        }
        return Optional.empty();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
