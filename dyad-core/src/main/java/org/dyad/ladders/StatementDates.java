package org.dyad.ladders;

import static org.dyad.ladders.PartnershipRecord.COUNT;
import static org.dyad.ladders.PartnershipRecord.ESTABLISHED;
import static org.dyad.ladders.PartnershipRecord.IN_FORCE;
import static org.dyad.ladders.PartnershipRecord.TIER;
import static org.dyad.ladders.PartnershipRecord.UPGRADED;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.TimeExpr;

/**
 * When a statement is dated: an event by the time attached to its verb (or counted back from "ten years since"),
 * a rung in force from its "since" to its "until" or the publication date, anything else by a time in its clause or
 * the publication date. One per document; thread-safe.
 */
final class StatementDates {
    private static final Pattern TURNS = Pattern.compile("\\bturns? (ten|five|fifteen|twenty|\\d{1,2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECADE = Pattern.compile("\\b(a decade|(ten|five|fifteen|twenty|\\d{1,2}) years)"
            + " (?:after|since)\\b", Pattern.CASE_INSENSITIVE);

    private final Cues cues;
    private final String clean;
    private final LocalDate published;

    StatementDates(Cues cues, String clean, LocalDate published) {
        this.cues = cues;
        this.clean = clean;
        this.published = published;
    }

    /**
     * {text, value} of a statement's date: the event's date for established and upgraded; since/until for a rung in
     * force; else a date in the clause, else the publication date.
     */
    String[] date(SentenceView v, Links links, String type, int h) {
        String pub = published == null ? null : published.toString();
        TimeExpr since = null;
        TimeExpr until = null;
        TimeExpr near = null;
        int best = Integer.MAX_VALUE;
        for (TimeExpr t : v.times) {
            if (t.value() == null) {
                continue;
            }
            String before = clean.substring(Math.max(v.sentence.begin(), t.begin() - 8), t.begin()).toLowerCase(Locale.ROOT);
            if (before.endsWith("since ") || t.rule() != null && t.rule().equals("since")) {
                since = since == null ? t : since;
                continue;
            }
            if (before.endsWith("until ") || before.endsWith("till ")) {
                until = t;
                continue;
            }
            int tok = v.tokenAt(t.begin());
            int d = distance(v, tok, links.path, h);
            if (d < best) {
                best = d;
                near = t;
            }
        }
        if (type.equals(ESTABLISHED) || type.equals(UPGRADED)) {
            String[] ago = yearsAgo(v, h);
            if (ago != null) {
                return ago;
            }
            if (near != null && best < 12) {
                return new String[] {near.text(), near.value()};
            }
            return new String[] {null, pub == null ? null : "<" + pub};
        }
        if (type.equals(IN_FORCE) && v.rel[h].equals("obj") && v.gov[h] >= 0 && cues.is("upgrade_verb", v, v.gov[h])
                && near != null && best < 8) {
            // "elevated their strategic partnership to ... on Friday": the old rung held until then
            return new String[] {near.text(), "<" + near.value()};
        }
        if (type.equals(IN_FORCE) || type.equals(TIER)) {
            String from = since != null ? start(since.value()) : null;
            if (from == null && near != null && best < 8 && agreedNear(v, near)) {
                from = near.value();
            }
            String to = until != null ? until.value() : pub;
            Matcher turns = TURNS.matcher(v.text);
            if (from == null && turns.find() && referenceYear(v, 0) > 0) {
                // "when the comprehensive partnership turns ten"
                Integer n = Counts.number(turns.group(1));
                if (n != null) {
                    String year = String.valueOf(referenceYear(v, 0) - n);
                    return new String[] {turns.group(), to == null ? year : year + "/" + to};
                }
            }
            if (from != null) {
                String text = since != null ? since.text() : near.text();
                return new String[] {text, to == null ? from : from + "/" + to};
            }
            if (until != null) {
                return new String[] {until.text(), "<" + until.value()};
            }
            return new String[] {null, pub};
        }
        if (near != null && best < 10 && !type.equals(COUNT)) {
            return new String[] {near.text(), near.value()};
        }
        if (type.equals(COUNT) && v.text.toLowerCase(Locale.ROOT).matches(".*\\buntil now\\b.*") && pub != null) {
            return new String[] {"until now", "<" + pub};
        }
        return new String[] {null, pub};
    }

    /**
     * "In July it will be ten years since Washington and Hanoi declared ...", "a decade after ... declared": the
     * event's date counted back from the time just before the phrase, else from the publication year.
     */
    private String[] yearsAgo(SentenceView v, int h) {
        Matcher m = DECADE.matcher(v.text);
        int hs = v.tokens.get(h).begin() - v.sentence.begin();
        while (m.find()) {
            if (m.end() > hs) {
                break;
            }
            String n = m.group(1).toLowerCase(Locale.ROOT);
            Integer years = n.equals("a decade") ? Integer.valueOf(10) : Counts.number(n.replace(" years", ""));
            if (years == null) {
                continue;
            }
            String anchor = null;
            for (TimeExpr t : v.times) {
                int ts = t.begin() - v.sentence.begin();
                if (t.value() != null && ts < m.start() && m.start() - ts < 40 && t.value().matches("\\d{4}-\\d{2}.*")) {
                    anchor = t.value().substring(0, 7);
                }
            }
            if (anchor != null) {
                int y = Integer.parseInt(anchor.substring(0, 4)) - years;
                return new String[] {m.group(), y + anchor.substring(4)};
            }
            if (published != null) {
                return new String[] {m.group(), String.valueOf(published.getYear() - years)};
            }
        }
        return null;
    }

    /** A time attached to a verb that sets the rung up ("a status agreed in July 2013"). */
    private boolean agreedNear(SentenceView v, TimeExpr t) {
        int tok = v.tokenAt(t.begin());
        int x = tok;
        for (int i = 0; i < 3 && x >= 0; i++) {
            x = v.gov[x];
            if (x >= 0 && (cues.is("established", v, x) || cues.is("upgraded", v, x))) {
                return true;
            }
        }
        return false;
    }

    private static String start(String value) {
        if (value == null) {
            return null;
        }
        int slash = value.indexOf('/');
        return slash > 0 ? value.substring(0, slash) : value.replace(">", "");
    }

    /**
     * How closely a time belongs to the statement: tree steps from the time to the path, plus how far up the path
     * it attaches (a date on "became" beats one on the coordinated "established"); a time that hangs from a country
     * ("after Kuala Lumpur in November") is not the statement's. Falls back to token distance.
     */
    private static int distance(SentenceView v, int tok, List<Integer> path, int h) {
        int x = tok;
        for (int steps = 0; steps < 6 && x >= 0; steps++) {
            int at = path.indexOf(x);
            if (at >= 0) {
                return steps + at;
            }
            if (steps == 1 && v.actorAt(x) != null) {
                break;
            }
            x = v.gov[x];
        }
        return 6 + Math.abs(tok - h);
    }

    /** "China, since 2008": the since-date right after a tier member. */
    String[] memberDate(SentenceView v, String code) {
        String pub = published == null ? null : published.toString();
        for (SentenceView.Actor a : v.actors) {
            if (!a.code().equals(code)) {
                continue;
            }
            for (TimeExpr t : v.times) {
                int gap = t.begin() - a.end();
                if (gap > 0 && gap <= 10 && t.value() != null) {
                    String between = clean.substring(a.end(), t.begin()).toLowerCase(Locale.ROOT);
                    if (between.matches("[,\\s]*since\\s*")) {
                        String from = start(t.value());
                        return new String[] {t.text(), pub == null ? from : from + "/" + pub};
                    }
                }
            }
        }
        return new String[] {null, pub};
    }

    /** The year an anniversary counts to: "this year" in the sentence, else the publication year, else -1. */
    int referenceYear(SentenceView v, int at) {
        for (TimeExpr t : v.times) {
            if (t.value() != null && t.value().matches("\\d{4}.*") && !t.value().contains("/")) {
                return Integer.parseInt(t.value().substring(0, 4));
            }
        }
        return published == null ? -1 : published.getYear();
    }
}
