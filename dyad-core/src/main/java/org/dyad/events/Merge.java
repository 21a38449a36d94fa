package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.text.Evidence;

/**
 * Merges the mentions of one event within an article: same source code, same target code (either order for a mutual
 * event; a mention that names no target joins one by the same source entity that does), same three-digit CAMEO code, same status (happened and ongoing count as one) and compatible dates (equal, or one
 * side undated). The merged record keeps the first mention's fields, takes the first date any mention gives, and
 * lists every mention's sentence as evidence. Ids are assigned here: {@code v1}, {@code v2}... in order of first
 * mention.
 */
final class Merge {
    private Merge() {
    }

    static List<EventRecord> merge(List<EventRecord> raw) {
        List<EventRecord> kept = new ArrayList<>();
        for (EventRecord e : raw) {
            int same = -1;
            for (int i = 0; i < kept.size() && same < 0; i++) {
                if (sameEvent(kept.get(i), e)) {
                    same = i;
                }
            }
            if (same < 0) {
                kept.add(e);
                continue;
            }
            EventRecord k = kept.get(same);
            List<Evidence> ev = new ArrayList<>(k.evidence());
            for (Evidence x : e.evidence()) {
                if (!ev.contains(x)) {
                    ev.add(x);
                }
            }
            EventRecord base = k.target() == null && e.target() != null ? e : k;
            kept.set(same, base.with(k.id(), k.date() != null ? k.date() : e.date(), ev));
        }
        List<EventRecord> out = new ArrayList<>(kept.size());
        for (EventRecord k : kept) {
            out.add(k.with("v" + (out.size() + 1), k.date(), k.evidence()));
        }
        return out;
    }

    static boolean sameEvent(EventRecord a, EventRecord b) {
        if (!a.cameo().substring(0, 3).equals(b.cameo().substring(0, 3)) || !statusCompatible(a, b)) {
            return false;
        }
        String as = code(a.source());
        String at = code(a.target());
        String bs = code(b.source());
        String bt = code(b.target());
        boolean direct = Objects.equals(as, bs) && (Objects.equals(at, bt)
                || (at == null || bt == null) && Objects.equals(a.source().entity(), b.source().entity()));
        boolean swapped = (a.mutual() || b.mutual()) && Objects.equals(as, bt) && Objects.equals(at, bs);
        if (!direct && !swapped || differentPeople(a.source(), b.source())
                || differentPeople(a.target(), b.target())) {
            return false;
        }
        return a.date() == null || b.date() == null || Objects.equals(a.date().value(), b.date().value());
    }

    private static boolean statusCompatible(EventRecord a, EventRecord b) {
        return a.status().equals(b.status()) || active(a.status()) && active(b.status());
    }

    private static boolean active(String s) {
        return s.equals(StatusReader.HAPPENED) || s.equals(StatusReader.ONGOING);
    }

    /** Two named people of the same country are two actors: Yellen's visit is not Blinken's. */
    private static boolean differentPeople(EventRecord.Actor x, EventRecord.Actor y) {
        return x != null && y != null && "PERSON".equals(x.type()) && "PERSON".equals(y.type())
                && !Objects.equals(x.entity(), y.entity());
    }

    private static String code(EventRecord.Actor a) {
        return a == null ? null : a.code();
    }
}
