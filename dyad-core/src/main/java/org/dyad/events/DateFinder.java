package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.TimeExpr;

/**
 * Attaches a date to an event: the time expression of the trigger's own clause ("met on Tuesday", "the visit is
 * set for Friday through Sunday", "the partnership established in 2013", "transfers since 2017"). A time
 * expression belongs to the event when its governor is the trigger or one of the trigger's governors within the
 * clause; the nearest such expression wins. When the clause has none, the event is undated (the record says what
 * the text says; the timeline places undated events by publication date, and says so).
 */
final class DateFinder {
    private static final int MAX_UP = 4;

    private DateFinder() {
    }

    /** The time expressions of the sentence, as token ranges with their heads. */
    record Time(TimeExpr expr, int head) {
    }

    static List<Time> times(Parse p, List<TimeExpr> all) {
        List<Time> out = new ArrayList<>();
        int sb = p.sentence.begin();
        int se = p.sentence.end();
        for (TimeExpr t : all) {
            if (t.begin() < sb || t.begin() >= se || t.value() == null) {
                continue;
            }
            int head = -1;
            for (int i = 0; i < p.n; i++) {
                if (p.start(i) >= t.begin() && p.end(i) <= t.end()) {
                    int h = p.head[i];
                    boolean outside = h < 0 || p.start(h) < t.begin() || p.end(h) > t.end();
                    if (outside && (head < 0 || !p.rel[i].equals("case"))) {
                        head = i;
                        if (!p.rel[i].equals("case") && !p.rel[i].equals("punct")) {
                            break;
                        }
                    }
                }
            }
            if (head >= 0 && !dateline(p, t)) {
                out.add(new Time(t, head));
            }
        }
        return out;
    }

    /** "HANOI, April 13 — ...": the dateline gives the date of writing, not of any event in the sentence. */
    private static boolean dateline(Parse p, TimeExpr t) {
        for (int i = 0; i < Math.min(p.n, 8); i++) {
            if (p.start(i) >= t.end()) {
                String w = p.word[i];
                return w.equals("—") || w.equals("–") || w.equals("--") || w.equals("-");
            }
        }
        return false;
    }

    /** The time expression of the event's clause, or null. */
    static TimeExpr of(Parse p, int trigger, List<Time> times) {
        if (times.isEmpty()) {
            return null;
        }
        // The trigger's chain of governors within its clause.
        int[] chain = new int[MAX_UP + 1];
        int len = 0;
        int cur = trigger;
        while (cur >= 0 && len <= MAX_UP) {
            chain[len++] = cur;
            String r = p.rel[cur];
            if (r.equals("root") || r.equals("ccomp") || r.equals("parataxis") || r.equals("advcl") && len > 1) {
                break;
            }
            cur = p.head[cur];
        }
        Time best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Time t : times) {
            int g = t.head();
            String hr = p.rel[g];
            int hg = p.head[g];
            if ((hr.equals("nummod") || hr.equals("amod") || hr.equals("compound") || hr.equals("nmod:poss"))
                    && hg != trigger) {
                // "under a 2017 law", "last year's election": the date of something else
                continue;
            }
            for (int up = 0; up < 3 && g >= 0; up++) {
                g = p.head[g];
                int at = indexOf(chain, len, g);
                if (at >= 0) {
                    int rank = at * 100 + Math.abs(t.head() - trigger);
                    if (rank < bestRank) {
                        bestRank = rank;
                        best = t;
                    }
                    break;
                }
                if (g >= 0 && p.verb(g) && up > 0) {
                    break;
                }
            }
        }
        return best == null ? null : best.expr();
    }

    private static int indexOf(int[] a, int len, int v) {
        for (int i = 0; i < len; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
