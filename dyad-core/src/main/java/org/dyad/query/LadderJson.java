package org.dyad.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.ladders.LadderHistory;
import org.dyad.ladders.Rung;

/**
 * The JSON shapes of a ladder and of a pair's history, as maps ready for any JSON writer. Shared by
 * {@code dyad ladder --format json}, {@code dyad pair --format json} and the web API, so they answer alike.
 */
public final class LadderJson {
    private LadderJson() {
    }

    /** A ladder at a date: its rungs top first, each with its partners and their sources, then the counts. */
    public static Map<String, Object> ladder(LadderHistory.LadderView view, List<LadderHistory.Count> counts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("owner", view.owner());
        m.put("as_of", view.asOf());
        List<Object> rungs = new ArrayList<>();
        for (Map.Entry<Rung, List<LadderHistory.Standing>> e : view.rungs().entrySet()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rung", e.getKey().id());
            r.put("name", e.getKey().name());
            r.put("rank", e.getKey().rank());
            List<Object> partners = new ArrayList<>();
            for (LadderHistory.Standing s : e.getValue()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("partner", s.partner());
                p.put("name", Names.name(s.partner()));
                p.put("since", s.since());
                p.put("since_is_arrival", s.arrival());
                p.put("conflict", s.conflict());
                p.put("sources", s.sources());
                partners.add(p);
            }
            r.put("partners", partners);
            rungs.add(r);
        }
        m.put("rungs", rungs);
        List<Object> cs = new ArrayList<>();
        for (LadderHistory.Count c : counts) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("rung", c.rung().id());
            x.put("on_rung", c.exclusive());
            x.put("counting_rungs_above", c.inclusive());
            x.put("stated", c.stated());
            cs.add(x);
        }
        m.put("counts", cs);
        return m;
    }

    /** A pair's history: its standings at {@code date} (empty when null) and every step, oldest first. */
    public static Map<String, Object> pair(String x, String y, String date, List<LadderHistory.Standing> now,
                                           List<LadderHistory.Step> steps) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pair", List.of(x, y));
        m.put("as_of", date);
        m.put("standings", now);
        List<Object> rows = new ArrayList<>();
        for (LadderHistory.Step s : steps) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("date", s.date());
            r.put("ladder", s.owner());
            r.put("rung", s.rung() == null ? null : s.rung().id());
            r.put("type", s.type());
            r.put("statements", s.count());
            r.put("conflict", s.conflict());
            r.put("sources", s.sources());
            rows.add(r);
        }
        m.put("steps", rows);
        return m;
    }
}
