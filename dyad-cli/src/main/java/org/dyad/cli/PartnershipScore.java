package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.data.Tsv;
import org.dyad.ladders.Ladders;
import org.dyad.ladders.PartnershipRecord;
import org.dyad.ladders.RelationRecord;

/**
 * Scores partnership statements against the seeds gold on (pair, rung, statement class), per article as sets.
 *
 * <p>The gold describes each statement in free text ({@code pair}, {@code level_as_stated}, {@code tier}); it is
 * mapped to keys as follows, and the same classes are applied to dyad's types:
 * <ul>
 *   <li>pair: the two names as ISO codes, unordered; a side that is not a country ("most of Vietnam's partners")
 *       is {@code *}; a side listing several ("Singapore; Indonesia") gives one key per country;</li>
 *   <li>rung: the first rung named in {@code tier}, else in {@code level_as_stated}, on Vietnam's ladder (the gold's
 *       convention: 1 CSP, 2 SP, 3 CP), else on the ladder of a side that has it ("treaty alliance": the U.S.);
 *       {@code -} for a statement that names no rung ({@code tier} null: "close ties", "trading partner",
 *       "borderless partnership"), which dyad answers with a {@code relation} record;</li>
 *   <li>class: {@code holds} when the text names the current or implied level, or nothing below applies (dyad:
 *       established, upgraded, in_force, tier); {@code prospective} for plans, proposals, aspirations and
 *       expectations (dyad: sought, proposed, expected); {@code negative} for refusals, delays and "unlikely"
 *       (dyad: declined, delayed); {@code count} for stated counts (dyad: count). The gold has no type field and
 *       its wording does not separate a plan from an expectation, hence the classes.</li>
 * </ul>
 */
final class PartnershipScore {
    /** One scored key. */
    record Key(String pair, String rung, String cls) {
        @Override
        public String toString() {
            return pair + " " + rung + " " + cls;
        }
    }

    /** Counts over all articles, and the keys behind them. */
    static final class Result {
        int tp;
        int fp;
        int fn;
        /** The same counts for the keys that name no rung ({@code -}): relation records against such statements. */
        int noRungTp;
        int noRungFp;
        int noRungFn;
        final List<String> lines = new ArrayList<>();

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        static double f1(int tp, int fp, int fn) {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    /** The rung of a key whose statement names none. */
    static final String NO_RUNG = "-";
    private static final Pattern CURRENT = Pattern.compile("current level|\\(implied\\)|implied\\b");
    private static final Pattern PROSPECTIVE = Pattern.compile("plan|propos|aspiration|want|seek|wish|push|offer|"
            + "hope|expect|likely|could|possib|forecast|predict");
    private static final Pattern NEGATIVE = Pattern.compile("declin|refus|reject|not agree|unlikely|delay|postpon|"
            + "reluctan");
    private static final Pattern COUNT = Pattern.compile("\\b\\d+ (comprehensive |strategic )*partners\\b");

    private final Ladders ladders = Ladders.standard();
    private final Map<String, String> codes = new HashMap<>();

    PartnershipScore() {
        for (Tsv.Row r : Tsv.resource("dyad/actors/countries.tsv", "code", "name", "aliases").rows()) {
            codes.put(norm(r.get("name")), r.get("code"));
            for (String a : r.list("aliases")) {
                codes.putIfAbsent(norm(a), r.get("code"));
            }
        }
        for (Tsv.Row r : Tsv.resource("dyad/actors/organisations.tsv", "code", "name", "aliases").rows()) {
            codes.putIfAbsent(norm(r.get("name")), r.get("code"));
        }
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("^the ", "").replaceAll("[.\u2019']", "").strip();
    }

    /** The gold keys of one article. */
    Set<Key> gold(JsonNode article) {
        Set<Key> keys = new LinkedHashSet<>();
        for (JsonNode st : article.path("partnership_statements")) {
            String tier = st.path("tier").isNull() ? null : st.path("tier").asText();
            String level = st.path("level_as_stated").asText("");
            String rung = tier == null ? NO_RUNG : goldRung(tier, level, st.path("pair"));
            if (rung == null) {
                rung = NO_RUNG;
            }
            String text = (level + " " + (tier == null ? "" : tier)).toLowerCase(Locale.ROOT);
            String cls = CURRENT.matcher(text).find() ? "holds" : NEGATIVE.matcher(text).find() ? "negative"
                    : PROSPECTIVE.matcher(text).find() ? "prospective" : COUNT.matcher(text).find() ? "count" : "holds";
            List<String> sides = new ArrayList<>();
            for (JsonNode p : st.path("pair")) {
                sides.add(p.asText());
            }
            String first = sides.isEmpty() ? "*" : code(sides.get(0));
            List<String> others = new ArrayList<>();
            for (int i = 1; i < sides.size(); i++) {
                for (String part : sides.get(i).split(";")) {
                    others.add(code(part));
                }
            }
            if (others.isEmpty()) {
                others.add("*");
            }
            for (String o : others) {
                keys.add(new Key(pair(first, o), rung, cls));
            }
        }
        return keys;
    }

    private String code(String name) {
        String c = codes.get(norm(name));
        return c == null ? "*" : c;
    }

    private String goldRung(String tier, String level, JsonNode pair) {
        for (String text : new String[] {tier, level}) {
            for (Ladders.Mention m : ladders.find(text)) {
                if (m.candidates().isEmpty()) {
                    continue;
                }
                var vnm = m.on("VNM");
                if (vnm.isPresent()) {
                    return vnm.get().rung().id();
                }
                for (JsonNode p : pair) {
                    var own = m.on(code(p.asText()));
                    if (own.isPresent()) {
                        return own.get().rung().id();
                    }
                }
            }
        }
        return null;
    }

    /** dyad's keys for one article: its partnership statements, and its relation records as keys naming no rung. */
    static Set<Key> predicted(List<PartnershipRecord> records, List<RelationRecord> relations) {
        Set<Key> keys = new LinkedHashSet<>();
        for (PartnershipRecord r : records) {
            String cls = switch (r.type()) {
                case PartnershipRecord.SOUGHT, PartnershipRecord.PROPOSED, PartnershipRecord.EXPECTED -> "prospective";
                case PartnershipRecord.DECLINED, PartnershipRecord.DELAYED -> "negative";
                case PartnershipRecord.COUNT -> "count";
                default -> "holds";
            };
            keys.add(new Key(pair(r.owner(), r.partner() == null ? "*" : r.partner()), r.rung(), cls));
        }
        for (RelationRecord r : relations) {
            keys.add(new Key(pair(r.a(), r.b()), NO_RUNG, Boolean.TRUE.equals(r.negated()) ? "negative" : "holds"));
        }
        return keys;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    /** Adds one article's comparison to the result. */
    static void compare(String doc, Set<Key> gold, Set<Key> predicted, Result r) {
        for (Key k : predicted) {
            boolean none = k.rung().equals(NO_RUNG);
            if (gold.contains(k)) {
                r.tp++;
                r.noRungTp += none ? 1 : 0;
                r.lines.add(doc + "  match    " + k);
            } else {
                r.fp++;
                r.noRungFp += none ? 1 : 0;
                r.lines.add(doc + "  extra    " + k);
            }
        }
        for (Key k : gold) {
            if (!predicted.contains(k)) {
                r.fn++;
                r.noRungFn += k.rung().equals(NO_RUNG) ? 1 : 0;
                r.lines.add(doc + "  missed   " + k);
            }
        }
    }
}
