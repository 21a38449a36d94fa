package org.dyad.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.copies.Story;
import org.dyad.events.EventRecord;
import org.dyad.ladders.LadderHistory;
import org.dyad.ladders.Ladders;
import org.dyad.ladders.ReferenceHistory;
import org.dyad.query.Forecasts;
import org.dyad.query.Timeline;
import org.dyad.store.FactQuery;
import org.dyad.store.SearchHit;
import org.dyad.store.Store;
import org.dyad.store.StoredArticle;
import org.dyad.store.StoredFact;
import org.dyad.voices.ForecastResolver;
import org.dyad.voices.QuoteRecord;

/**
 * The read queries the API and the pages share, over one store: each takes validated parameters (see
 * {@link Params}) and returns records, or throws {@link ApiError} for what is not there. Thread-safe.
 */
final class Reads {
    /** Most search hits read to filter by date and page through. */
    static final int MAX_HITS = 1000;

    final Store store;
    final LadderHistory ladders;

    Reads(Store store) {
        this.store = store;
        this.ladders = new LadderHistory(Ladders.standard(), ReferenceHistory.standard(), store);
    }

    /**
     * Articles matching {@code q} (best first), or all articles (newest first) when q is null, published within
     * the dates, with a fact (event, partnership statement, quote, forecast) about {@code country} when given.
     */
    Paged<SearchHit> articles(String q, String from, String to, String country, int offset, int limit) {
        java.util.Set<Long> about = country == null ? null : articlesAbout(country);
        if (q == null && from == null && to == null && about == null) {
            List<SearchHit> page = store.list(offset, limit + 1);
            Integer next = page.size() > limit ? offset + limit : null;
            return new Paged<>(page.subList(0, Math.min(limit, page.size())), offset, limit, null, next);
        }
        List<SearchHit> hits = q == null ? store.list(0, MAX_HITS) : store.search(q, MAX_HITS);
        List<SearchHit> kept = new ArrayList<>();
        for (SearchHit h : hits) {
            if (within(h.published(), from, to) && (about == null || about.contains(h.articleId()))) {
                kept.add(h);
            }
        }
        return Paged.of(kept, offset, limit);
    }

    private java.util.Set<Long> articlesAbout(String country) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (String kind : List.of(EventRecord.KIND, "partnership", "quote", "forecast")) {
            store.facts(FactQuery.of(kind).pair(country, null)).forEach(f -> ids.add(f.articleId()));
        }
        return ids;
    }

    static boolean within(String date, String from, String to) {
        if (from == null && to == null) {
            return true;
        }
        if (date == null) {
            return false;
        }
        return (from == null || date.compareTo(from) >= 0)
                && (to == null || date.substring(0, Math.min(date.length(), to.length())).compareTo(to) <= 0);
    }

    StoredArticle article(long id) {
        return store.article(Long.toString(id)).orElseThrow(() -> ApiError.notFound("no article " + id
                + " in the store; list them with /api/articles"));
    }

    LadderHistory.LadderView ladder(String owner, String asOf) {
        try {
            return ladders.ladder(owner, asOf);
        } catch (IllegalArgumentException e) {
            throw ApiError.notFound(e.getMessage());
        }
    }

    List<LadderHistory.Standing> standings(String a, String b, String asOf) {
        return asOf == null ? List.of() : ladders.standings(a, b, asOf);
    }

    List<LadderHistory.Step> history(String a, String b) {
        return ladders.history(a, b);
    }

    /** Events between a and b (b null: a with anyone; both null: all), both directions, oldest first. */
    List<StoredFact> events(String a, String b, String from, String to, String status) {
        List<StoredFact> all = store.facts(FactQuery.of(EventRecord.KIND).pair(a, b).between(from, to));
        if (status == null) {
            return all;
        }
        return all.stream().filter(f -> ((EventRecord) f.fact()).status().equals(status)).toList();
    }

    Map<String, Timeline.Month> timeline(String a, String b, String from, String to, boolean allStatuses) {
        return store.timeline(a, b, allStatuses, false, from, to);
    }

    /** Quotes by speakers of {@code country} (about {@code partner}), whose speaker and sentence contain the texts. */
    List<StoredFact> quotes(String country, String partner, String speaker, String about, String from, String to) {
        List<StoredFact> out = new ArrayList<>();
        for (StoredFact f : store.facts(FactQuery.of("quote").pair(country, partner))) {
            QuoteRecord r = (QuoteRecord) f.fact();
            if (contains(r.speaker().name(), speaker) && contains(r.context(), about)
                    && within(f.published(), from, to)) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean contains(String text, String part) {
        return part == null || text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    List<ForecastResolver.Resolution> forecasts(String country, String partner, String source, LocalDate asOf) {
        List<String> pair = country == null ? null : new ArrayList<>(java.util.Arrays.asList(country, partner));
        if (pair != null && partner == null) {
            // one country: either side of the forecast's subject
            List<ForecastResolver.Resolution> out = new ArrayList<>();
            for (ForecastResolver.Resolution r : Forecasts.resolved(store, null, source, asOf)) {
                var s = r.forecast().subject();
                if (country.equals(s.a()) || country.equals(s.b())) {
                    out.add(r);
                }
            }
            return out;
        }
        return Forecasts.resolved(store, pair, source, asOf);
    }

    /** A story by its id, else the story of an article (by number). */
    Story story(String id) {
        Optional<Story> s = store.story(id);
        if (s.isEmpty() && id.matches("[1-9][0-9]{0,17}")) {
            s = store.article(id).flatMap(a -> store.copies().get(a.key())).flatMap(e -> store.story(e.story()));
        }
        return s.orElseThrow(() -> ApiError.notFound("no story or article \"" + Params.shorten(id)
                + "\" in the store; an article's story is in /api/articles/{id}"));
    }
}
