package org.dyad.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.dyad.events.EventRecord;
import org.dyad.text.Evidence;

/**
 * Synthetic events for the query benchmark ({@link QueryBench}), shaped like dyad's output: records as the event coder
 * writes them (actors, CAMEO code and Goldstein weight, PLOVER category, status, date, sentence and trigger evidence).
 *
 * <p>Pairs: every unordered pair of {@value #COUNTRIES_N} countries, in a fixed order (the pairs news speaks of most
 * first: USA-CHN, RUS-UKR, ...), chosen with weight {@code 1/(rank+3)}: the busiest pair has about 4% of all events,
 * the ten busiest about a quarter, as the busiest dyads have in GDELT and ICEWS. Actions: a dozen CAMEO codes from
 * statements to force, cooperation three times as common as conflict. Status: 70% happened, 5% ongoing, 15% planned,
 * 5% hypothetical, 5% negated. Date: the publication date or up to three days before (80%), its month (10%), none
 * (10%).
 */
final class SyntheticEvents {
    private static final int COUNTRIES_N = 60;
    private static final String[] COUNTRIES = {"USA", "CHN", "RUS", "UKR", "ISR", "PSE", "IRN", "GBR", "FRA", "DEU",
        "JPN", "KOR", "PRK", "IND", "PAK", "VNM", "PHL", "TWN", "AUS", "TUR", "SAU", "SYR", "IRQ", "AFG", "EGY",
        "BRA", "MEX", "CAN", "ITA", "ESP", "POL", "IDN", "MYS", "THA", "SGP", "NZL", "ZAF", "NGA", "ETH", "KEN",
        "ARG", "CHL", "COL", "VEN", "CUB", "QAT", "ARE", "JOR", "LBN", "YEM", "SDN", "LBY", "BLR", "GEO", "ARM",
        "AZE", "KAZ", "UZB", "MMR", "BGD"};
    /** The pairs ranked first, in this order; the rest follow in the order of their countries. */
    private static final String[][] FIRST = {{"USA", "CHN"}, {"RUS", "UKR"}, {"ISR", "PSE"}, {"USA", "RUS"},
        {"USA", "IRN"}, {"CHN", "TWN"}, {"USA", "UKR"}, {"IND", "PAK"}, {"USA", "ISR"}, {"KOR", "PRK"},
        {"CHN", "PHL"}, {"USA", "VNM"}, {"CHN", "VNM"}, {"CHN", "JPN"}, {"USA", "JPN"}};
    private static final String[] CAMEO = {"010", "036", "042", "043", "046", "057", "061", "070", "112", "130", "163",
        "190"};
    private static final String[] LABEL = {"Make statement", "Express intent to meet or negotiate", "Make a visit",
        "Host a visit", "Engage in negotiation", "Sign formal agreement", "Cooperate economically", "Provide aid",
        "Accuse", "Threaten", "Impose embargo, boycott, or sanctions", "Use conventional military force"};
    private static final double[] GOLDSTEIN = {0.0, 4.0, 1.9, 2.8, 7.0, 8.0, 6.4, 7.0, -2.0, -4.4, -8.0, -10.0};
    private static final String[] PLOVER = {null, "AGREE", "CONSULT", "CONSULT", "CONSULT", "SUPPORT", "COOPERATE",
        "AID", "ACCUSE", "THREATEN", "SANCTION", "ASSAULT"};
    private static final double[] ACTION_WEIGHTS = {20, 6, 14, 6, 10, 5, 6, 3, 12, 5, 8, 5};
    private static final String[] STATUS = {"happened", "ongoing", "planned", "hypothetical", "negated"};
    private static final double[] STATUS_WEIGHTS = {70, 5, 15, 5, 5};

    private final List<String[]> pairs = new ArrayList<>();
    private final double[] cumulative;

    SyntheticEvents() {
        if (COUNTRIES.length != COUNTRIES_N) {
            throw new IllegalStateException(COUNTRIES.length + " countries");
        }
        for (String[] p : FIRST) {
            pairs.add(p);
        }
        for (int i = 0; i < COUNTRIES.length; i++) {
            for (int j = i + 1; j < COUNTRIES.length; j++) {
                String a = COUNTRIES[i];
                String b = COUNTRIES[j];
                if (pairs.stream().noneMatch(p -> p[0].equals(a) && p[1].equals(b) || p[0].equals(b) && p[1].equals(a))) {
                    pairs.add(new String[] {a, b});
                }
            }
        }
        cumulative = new double[pairs.size()];
        double sum = 0;
        for (int k = 0; k < pairs.size(); k++) {
            sum += 1.0 / (k + 3);
            cumulative[k] = sum;
        }
    }

    /** A pair, by the weights the events are generated with (so busy pairs are asked about most, as users do). */
    String[] pair(Random r) {
        int k = Arrays.binarySearch(cumulative, r.nextDouble() * cumulative[cumulative.length - 1]);
        return pairs.get(Math.min(pairs.size() - 1, k < 0 ? -k - 1 : k));
    }

    /** The busiest pair. */
    String[] busiest() {
        return pairs.get(0);
    }

    /** Event {@code v<n>} of the article {@code doc} published on {@code pub}. */
    EventRecord event(Random r, String doc, int n, LocalDate pub) {
        String[] p = pair(r);
        boolean flip = r.nextBoolean();
        String a = flip ? p[1] : p[0];
        String b = flip ? p[0] : p[1];
        int act = LadderBench.weighted(r, ACTION_WEIGHTS);
        String status = STATUS[LadderBench.weighted(r, STATUS_WEIGHTS)];
        double d = r.nextDouble();
        EventRecord.When date = d < 0.8 ? new EventRecord.When("on Tuesday", pub.minusDays(r.nextInt(4)).toString(),
                "time:weekday") : d < 0.9 ? new EventRecord.When("last month", pub.toString().substring(0, 7),
                "time:month") : null;
        String sentence = a + " and " + b + ": synthetic sentence " + n + " about " + LABEL[act].toLowerCase() + ".";
        Evidence s = new Evidence(100 * n, 100 * n + sentence.length(), sentence);
        Evidence trigger = new Evidence(100 * n, 100 * n + a.length(), a);
        EventRecord.Plover plover = PLOVER[act] == null ? null : new EventRecord.Plover(PLOVER[act], null, null);
        return new EventRecord(doc, "v" + n, actor(a, "e1"), actor(b, "e2"), act == 4, CAMEO[act], LABEL[act],
                GOLDSTEIN[act], plover, null, status, "tense:past", date, s, trigger, "bench:synthetic", List.of(s));
    }

    private static EventRecord.Actor actor(String code, String entity) {
        return new EventRecord.Actor(code, "COUNTRY", "GOV", code, entity, code, false);
    }
}
