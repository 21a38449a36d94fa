package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dyad.events.EventRecord;
import org.dyad.output.ArticleRecord;
import org.dyad.output.Extraction;
import org.dyad.output.Fact;
import org.dyad.store.sqlite.Articles;
import org.dyad.text.Evidence;

/**
 * Random but realistic news about three pairs over five months, for checking a store's timeline against
 * {@link org.dyad.query.Timeline#months}: real-world events reported by several articles on nearby days (dates a
 * day apart, or undated and placed by publication), visits announced as planned and then reported as done, negated,
 * hypothetical and ongoing reports, dates of a month or a year only, both directions, mutual events, events with
 * no target, and one key reported every few days for a year (a chain without cuts, longer than the window the store
 * recomputes months from).
 */
final class TimelineCorpus {
    static final String[][] PAIRS = {{"USA", "VNM"}, {"CHN", "VNM"}, {"JPN", "VNM"}};
    private static final String[] CAMEO = {"042", "040", "036", "057", "111", "112", "173", "190", "010"};
    private static final String[] PLOVER = {"CONSULT", "CONSULT", "CONSULT", "AGREE", "ACCUSE", "ACCUSE", "COERCE",
        "ASSAULT", null};
    private static final double[] GOLDSTEIN = {1.9, 1.0, 4.0, 8.0, -2.0, -2.2, -5.0, -10.0, 0.0};
    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 150;

    /** One real-world event that articles report. */
    private record Real(String a, String b, int act, LocalDate day) {
    }

    private final Random r;
    private final List<Real> reals = new ArrayList<>();

    TimelineCorpus(long seed) {
        r = new Random(seed);
        for (int i = 0; i < 70; i++) {
            String[] p = PAIRS[r.nextInt(PAIRS.length)];
            boolean flip = r.nextBoolean();
            reals.add(new Real(flip ? p[1] : p[0], flip ? p[0] : p[1], r.nextInt(CAMEO.length),
                    START.plusDays(r.nextInt(DAYS))));
        }
    }

    /** {@code n} articles, keyed {@code https://example.org/t<i>}, in publication order of no kind. */
    Map<String, Extraction> articles(int n, String version) {
        Map<String, Extraction> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put("https://example.org/t" + i, article("t" + i + ".txt", version, i));
        }
        return out;
    }

    /** Article {@code doc}: published on a random day, with 1 to 5 events. */
    Extraction article(String doc, String version, int i) {
        LocalDate pub = START.plusDays(r.nextInt(DAYS));
        List<Fact> facts = new ArrayList<>();
        int events = 1 + r.nextInt(5);
        for (int n = 0; n < events; n++) {
            facts.add(event(doc, "v" + n, pub));
        }
        // the chain: USA presses VNM every 0 to 5 days for a year, longer than the store's widest window
        LocalDate day = START.minusDays(220).plusDays(5L * i / 2 + r.nextInt(3));
        facts.add(record(doc, "c" + i, "USA", "VNM", 6, "happened", day.toString()));
        Extraction base = Articles.about(doc, "Talks", "Leaders met in Hanoi on Friday.");
        ArticleRecord a = base.article();
        ArticleRecord article = new ArticleRecord(a.doc(), "sha-" + doc + "-" + version, a.title(), a.outlet(),
                a.author(), pub.toString(), a.url(), a.language(), a.format(), a.charset(), a.pipeline(), a.fields(),
                a.text(), a.boilerplate(), a.evidence());
        return new Extraction(article, base.entities(), facts, base.original());
    }

    private EventRecord event(String doc, String id, LocalDate pub) {
        List<Real> near = reals.stream().filter(e -> !e.day().isBefore(pub.minusDays(10))
                && !e.day().isAfter(pub.plusDays(40))).toList();
        Real real;
        if (!near.isEmpty() && r.nextDouble() < 0.75) {
            real = near.get(r.nextInt(near.size()));
        } else {
            String[] p = PAIRS[r.nextInt(PAIRS.length)];
            real = new Real(p[0], p[1], r.nextInt(CAMEO.length), pub.minusDays(r.nextInt(4)));
        }
        String status = real.day().isAfter(pub) ? "planned" : "happened";
        double s = r.nextDouble();
        status = s < 0.05 ? "negated" : s < 0.1 ? "hypothetical" : s < 0.15 ? "ongoing" : status;
        double d = r.nextDouble();
        String date = d < 0.6 ? real.day().plusDays(r.nextInt(3) - 1).toString()
                : d < 0.8 ? null : d < 0.9 ? real.day().toString().substring(0, 7) : "2023";
        if (r.nextDouble() < 0.05) {
            return record(doc, id, real.a(), null, real.act(), status, date);
        }
        boolean flip = r.nextDouble() < 0.2;
        return record(doc, id, flip ? real.b() : real.a(), flip ? real.a() : real.b(), real.act(), status, date);
    }

    private static EventRecord record(String doc, String id, String a, String b, int act, String status,
                                      String date) {
        Evidence ev = new Evidence(0, 6, "Leader");
        EventRecord.Actor s = new EventRecord.Actor(a, "COUNTRY", "GOV", a, "e1", a, false);
        EventRecord.Actor t = b == null ? null : new EventRecord.Actor(b, "COUNTRY", "GOV", b, "e2", b, false);
        EventRecord.Plover plover = PLOVER[act] == null ? null : new EventRecord.Plover(PLOVER[act], null, null);
        return new EventRecord(doc, id, s, t, CAMEO[act].equals("057"), CAMEO[act], "label", GOLDSTEIN[act], plover,
                null, status, "test", date == null ? null : new EventRecord.When(date, date, "time:test"), ev, ev,
                "test:rule", List.of(ev));
    }
}
