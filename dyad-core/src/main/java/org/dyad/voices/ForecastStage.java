package org.dyad.voices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.Layers;
import org.dyad.ladders.Ladders;
import org.dyad.model.ArticleMeta;
import org.dyad.model.Entity;
import org.dyad.model.Mention;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpr;
import org.dyad.model.Token;
import org.dyad.output.Extractor;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;
import org.dyad.text.CleanText;
import org.dyad.text.Evidence;

/**
 * The {@code forecasts} stage: statements about what will or will not happen, as {@link ForecastRecord}s in the
 * {@link #FORECASTS} layer. A sentence is a forecast when it speaks of the future ("will", "may", "could", "likely",
 * "unlikely", "expect", "realistic", "chance"; "hope" and "want" only with a horizon or an upgrade) and a quote gives
 * it a source (one forecast per quote); the
 * article's own sentences count only when hedged ("could", "potentially", "likely"), with the outlet as source. The
 * subject is an upgrade of a pair's ties (an upgrade word or a rung name from {@link Ladders}), a visit or meeting,
 * or other; the outcome is negated by "unlikely", "not realistic", "no ... path", a negated modal; the horizon is the
 * sentence's future time expression (end of its span; "before X" ends the day before X) or a phrase such as "in the
 * coming weeks and months".
 *
 * <p>Requires the {@link QuoteStage#QUOTES} layer and sentences, entities, times, cleaned text and metadata.
 * Stateless and thread-safe.
 */
public final class ForecastStage implements Stage {
    public static final String NAME = "forecasts";
    /** The forecasts of one document, in text order, numbered {@code f1}, {@code f2}, ... */
    public static final Layer<List<ForecastRecord>> FORECASTS = Layer.of("forecasts", List.class);

    private static final Set<String> CERTAIN = Set.of("will", "'ll", "wo", "shall", "certain", "certainly",
            "definitely", "inevitable", "inevitably");
    private static final Set<String> LIKELY = Set.of("likely", "unlikely", "probably", "would", "expect", "expected",
            "anticipate", "realistic", "unrealistic", "doubt", "doubtful", "improbable", "surprised");
    private static final Set<String> POSSIBLE = Set.of("may", "might", "could", "possibly", "possible", "potentially",
            "chance", "chances", "odds", "perhaps", "maybe");
    private static final Set<String> HOPED = Set.of("hope", "hoped", "hopes", "want", "wants", "wish", "aim");
    /** Markers that say the thing will not happen ("would be surprised if a visit happened before the autumn"). */
    private static final Set<String> NEGATIVE = Set.of("unlikely", "unrealistic", "doubt", "doubtful", "improbable",
            "surprised");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
    private static final Set<String> UPGRADE = Set.of("upgrade", "upgrading", "upgraded", "elevate", "elevating",
            "elevation", "label", "higher", "status");
    private static final Set<String> VISIT = Set.of("visit", "visits", "meeting", "meet", "summit", "trip");
    /** Anniversaries and elapsed time: "it will be ten years since", "will mark the 10th anniversary". */
    private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile(
            "(?i)\\b(will|'ll|would) (be|mark|celebrate|commemorate|observe)\\b[^.;]{0,40}\\b(years? since|"
            + "anniversary|years? (to the day )?after)\\b");

    private final Ladders ladders;

    public ForecastStage() {
        this(Ladders.standard());
    }

    ForecastStage(Ladders ladders) {
        this.ladders = ladders;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(QuoteStage.QUOTES, Layers.SENTENCES, Layers.ENTITIES, Layers.TIMES, Layers.CLEAN, Layers.META);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(FORECASTS);
    }

    @Override
    public void process(Doc doc) {
        CleanText clean = doc.get(Layers.CLEAN);
        String text = clean.text();
        ArticleMeta meta = doc.get(Layers.META);
        LocalDate published = meta.published().orElse(null);
        String outlet = meta.value("outlet");
        List<QuoteRecord> quotes = doc.get(QuoteStage.QUOTES);
        List<Entity> entities = doc.get(Layers.ENTITIES);
        String[] topPair = topPair(entities);
        Extractor.Offsets offsets = new Extractor.Offsets(clean);
        Map<String, ForecastRecord> byQuote = new LinkedHashMap<>();
        List<ForecastRecord> out = new ArrayList<>();
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            if (QuoteStage.unpunctuated(text, s.begin())) {
                continue;
            }
            String[] hedge = hedge(s);
            if (hedge == null) {
                continue;
            }
            int end = s.end();
            while (end > s.begin() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            Evidence ev = offsets.clean(s.begin(), end);
            QuoteRecord quote = quoteOf(quotes, ev);
            boolean author = quote == null;
            if (author && !(hedge[0].equals("possible") || hedge[0].equals("likely")) || author && hedge[2] != null
                    && hedge[2].equals("would")) {
                continue;
            }
            if (!author && byQuote.containsKey(quote.id())) {
                continue;
            }
            String sentence = text.substring(s.begin(), end);
            if (CALENDAR.matcher(sentence).find()) {
                continue; // "it will be ten years since ...": a date on the calendar, not a forecast
            }
            int[] span = {s.begin(), s.end()};
            int at = author || quote.type().equals(QuoteRecord.INDIRECT) ? -1 : sentence.indexOf(quote.quote());
            if (at >= 0) {
                span = new int[] {s.begin() + at, s.begin() + at + quote.quote().length()};
            }
            ForecastPredicate parse = new ForecastPredicate(s);
            ForecastPredicate.Found about = about(s, parse);
            ForecastRecord.Subject subject = subject(s, span, sentence, entities, topPair, about, parse);
            ForecastRecord.Horizon horizon = horizon(s, sentence, doc.get(Layers.TIMES), published);
            if (hedge[0].equals("hoped") && horizon == null && !subject.kind().equals("upgrade")) {
                continue; // a wish is a forecast when it names a time or a step up a ladder
            }
            QuoteRecord.Speaker source = author
                    ? new QuoteRecord.Speaker(null, outlet == null ? "the article" : outlet, null, null, null, "author")
                    : quote.speaker();
            ForecastRecord f = new ForecastRecord(doc.id(), "f" + (out.size() + 1), source,
                    author ? null : quote.id(), subject, hedge[1], hedge[0], hedge[2], horizon,
                    published == null ? null : published.toString(), sentence.replaceAll("\\s+", " "),
                    NAME + (author ? ":author" : ":quote"), List.of(ev));
            out.add(f);
            if (!author) {
                byQuote.put(quote.id(), f);
            }
        }
        doc.put(FORECASTS, List.copyOf(out));
    }

    /** {hedge, outcome, words} of a sentence that speaks of the future, or null. */
    static String[] hedge(Sentence s) {
        String found = null;
        String level = null;
        boolean plainFound = false;
        boolean negative = false;
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            String w = ts.get(i).word().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            String l = null;
            if (CERTAIN.contains(w) && (!w.equals("wo") || i + 1 < ts.size() && ts.get(i + 1).word().contains("n"))) {
                l = "certain";
            } else if (LIKELY.contains(w)) {
                l = "likely";
            } else if (POSSIBLE.contains(w)) {
                l = "possible";
            } else if (HOPED.contains(w)) {
                l = "hoped";
            }
            if (l == null || "DATE".equals(ts.get(i).ner()) || Character.isUpperCase(ts.get(i).word().charAt(0))
                    && i > 0 && POSSIBLE.contains(w) && !"MD".equals(ts.get(i).pos())) {
                continue;
            }
            if ((w.equals("would") || w.equals("could")) && i + 1 < ts.size()
                    && ts.get(i + 1).word().equalsIgnoreCase("have")) {
                continue; // a past counterfactual
            }
            if (NEGATIVE.contains(w) || w.equals("wo") || negatedNear(ts, i)) {
                negative = true;
            }
            boolean plain = w.equals("will") || w.equals("would") || w.equals("'ll");
            if (found == null || plainFound && !plain && !level.equals("hoped")) {
                found = w.equals("wo") ? "won't" : ts.get(i).word();
                level = l;
                plainFound = plain;
            } else if (negative && NEGATIVE.contains(w)) {
                found = ts.get(i).word();
                level = l;
            }
        }
        if (found == null) {
            return null;
        }
        return new String[] {level, negative ? ForecastRecord.DOES_NOT_HAPPEN : ForecastRecord.HAPPENS,
                found.toLowerCase(Locale.ROOT)};
    }

    /**
     * What the sentence's future markers say happens: the first upgrade or visit a marker's predicate names, else
     * {@code other} when some marker's predicate is known, else null (the parse links no marker).
     */
    private static ForecastPredicate.Found about(Sentence s, ForecastPredicate parse) {
        ForecastPredicate.Found other = null;
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            String w = ts.get(i).word().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (!(CERTAIN.contains(w) || LIKELY.contains(w) || POSSIBLE.contains(w) || HOPED.contains(w))) {
                continue;
            }
            ForecastPredicate.Found f = parse.subject(parse.predicate(i));
            if (f != null && !f.kind().equals("other")) {
                return f;
            }
            other = other == null ? f : other;
        }
        return other;
    }

    /** A negation within three words of the marker ("may not", "don't see a realistic path", "not considered realistic"). */
    private static boolean negatedNear(List<Token> ts, int i) {
        for (int j = Math.max(0, i - 4); j <= Math.min(ts.size() - 1, i + 2); j++) {
            String w = ts.get(j).word().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (j != i && NEGATION.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The quote whose evidence or context covers most of the sentence. */
    private static QuoteRecord quoteOf(List<QuoteRecord> quotes, Evidence sentence) {
        QuoteRecord best = null;
        int bestOverlap = 0;
        for (QuoteRecord q : quotes) {
            Evidence e = q.evidence().get(0);
            int o = Math.min(e.end(), sentence.end()) - Math.max(e.start(), sentence.start());
            if (q.type().equals(QuoteRecord.MIXED) && o > 0) {
                o = sentence.end() - sentence.start(); // the fragment stands in this sentence
            }
            if (o > bestOverlap) {
                bestOverlap = o;
                best = q;
            }
        }
        return best;
    }

    /**
     * The subject; the pair from the countries named in {@code span} (the quoted words of a direct quote). The kind
     * is what the parse says happens ({@code about}); only when the parse does not link the marker to a predicate
     * are the sentence's words read instead.
     */
    private ForecastRecord.Subject subject(Sentence s, int[] span, String sentence, List<Entity> entities,
                                           String[] topPair, ForecastPredicate.Found about,
                                           ForecastPredicate parse) {
        List<String> codes = new ArrayList<>();
        List<org.dyad.text.Span> titles = new ArrayList<>();
        for (Entity e : entities) {
            if (e.titleSpan() != null) {
                titles.add(e.titleSpan());
            }
        }
        for (Entity e : entities) {
            if (e.code() == null || e.type() == Entity.Type.LOCATION
                    || e.type() == Entity.Type.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.begin() >= span[0] && m.end() <= span[1] && e.code().matches("[A-Z]{3}")
                        && !codes.contains(e.code()) && !inTitle(titles, m)) {
                    codes.add(e.code());
                }
            }
        }
        String a = codes.size() > 0 ? codes.get(0) : topPair[0];
        String b = codes.size() > 1 ? codes.get(1) : a != null && a.equals(topPair[0]) ? topPair[1] : topPair[0];
        if (a != null && a.equals(b)) {
            b = null;
        }
        if (about != null && about.kind().equals("other")) {
            return new ForecastRecord.Subject("other", codes.size() > 0 ? codes.get(0) : null,
                    codes.size() > 1 ? codes.get(1) : null, null, null, null);
        }
        if (about != null && about.kind().equals("visit")) {
            return new ForecastRecord.Subject("visit", a, b, null, null, parse.word(about.token()));
        }
        for (Ladders.Mention m : ladders.find(sentence)) {
            for (String owner : new String[] {a, b}) {
                if (owner == null || m.tier() != null || m.plural()) {
                    continue;
                }
                var c = m.on(owner);
                if (c.isPresent()) {
                    return new ForecastRecord.Subject("upgrade", owner, owner.equals(a) ? b : a, owner,
                            c.get().rung().id(), m.text());
                }
            }
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (Token t : s.tokens()) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (UPGRADE.contains(w) || w.equals("level") && lower.contains("new level")
                    || w.equals("partnership") && lower.contains("strategic partnership")) {
                String owner = ladders.ladder(b == null ? "" : b).isPresent() && ladders.ladder(a == null ? "" : a)
                        .isEmpty() ? b : a;
                return new ForecastRecord.Subject("upgrade", a, b, owner, null, t.word());
            }
        }
        if (about != null) { // an upgrade the parse found under a word the list above does not have
            String owner = ladders.ladder(b == null ? "" : b).isPresent() && ladders.ladder(a == null ? "" : a)
                    .isEmpty() ? b : a;
            return new ForecastRecord.Subject("upgrade", a, b, owner, null, parse.word(about.token()));
        }
        for (Token t : s.tokens()) {
            if (VISIT.contains(t.word().toLowerCase(Locale.ROOT))) {
                return new ForecastRecord.Subject("visit", a, b, null, null, t.word());
            }
        }
        return new ForecastRecord.Subject("other", codes.size() > 0 ? codes.get(0) : null,
                codes.size() > 1 ? codes.get(1) : null, null, null, null);
    }

    /** A country named in a speaker's title ("a German research institute") is not what the forecast is about. */
    private static boolean inTitle(List<org.dyad.text.Span> titles, Mention m) {
        for (org.dyad.text.Span t : titles) {
            if (m.begin() >= t.start() && m.end() <= t.end()) {
                return true;
            }
        }
        return false;
    }

    /** The two countries the article names most as actors. */
    static String[] topPair(List<Entity> entities) {
        List<Entity> countries = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == Entity.Type.COUNTRY && e.code() != null && e.code().matches("[A-Z]{3}")) {
                countries.add(e);
            }
        }
        countries.sort((x, y) -> Integer.compare(y.mentions().size(), x.mentions().size()));
        return new String[] {countries.size() > 0 ? countries.get(0).code() : null,
                countries.size() > 1 ? countries.get(1).code() : null};
    }

    private static ForecastRecord.Horizon horizon(Sentence s, String sentence, List<TimeExpr> times,
                                                  LocalDate published) {
        ForecastRecord.Horizon phrase = Horizons.phrase(sentence, published);
        if (phrase != null && phrase.by() != null) {
            return phrase;
        }
        String today = published == null ? null : published.toString();
        for (TimeExpr t : times) {
            if (t.begin() < s.begin() || t.end() > s.end() || t.value() == null) {
                continue;
            }
            String before = sentence.substring(0, t.begin() - s.begin()).toLowerCase(Locale.ROOT).stripTrailing();
            boolean endOf = t.text().toLowerCase(Locale.ROOT).matches("(the )?end of .*")
                    || before.matches("(?s).*\\b(the )?end of( the)?$");
            String by = !endOf && (before.endsWith("before") || before.endsWith("until"))
                    ? Horizons.dayBefore(t.value()) : Horizons.lastDay(t.value());
            if (by == null || today != null && by.compareTo(today) < 0) {
                continue;
            }
            return new ForecastRecord.Horizon(t.text(), t.value(), by);
        }
        return phrase;
    }
}
