package org.dyad.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.query.Names;
import org.dyad.ladders.HistoryRecord;
import org.dyad.ladders.LadderHistory;
import org.dyad.ladders.ReferenceHistory;
import org.dyad.ladders.Rung;

/**
 * Draws a ladder as a standalone SVG: one row per rung (top rung at the top), each partner a dot placed by the date it
 * reached the rung, grey lines back to the rungs it held before (from the reference history), a red ring where
 * sources disagree, and an "undated" band for relationships no source dates.
 */
final class LadderChart {
    private static final int W = 1100;
    private static final int LEFT = 270;
    private static final int UNDATED = 70;
    private static final int RIGHT = 40;
    private static final int TOP = 78;
    private static final int ROW = 96;
    private static final int BOTTOM = 58;
    private static final String[] COLOURS = {"#6a3d9a", "#08306b", "#2171b5", "#6baed6", "#74c476", "#fd8d3c",
            "#969696", "#bdbdbd", "#d9d9d9"};

    private LadderChart() {
    }

    static String svg(LadderHistory.LadderView view) {
        List<Rung> rungs = new ArrayList<>(view.rungs().keySet());
        int h = TOP + rungs.size() * ROW + BOTTOM;
        double[] span = span(view, ReferenceHistory.standard().of(view.owner()));
        double t0 = span[0];
        double t1 = span[1];
        int plotLeft = LEFT + UNDATED;
        int plotRight = W - RIGHT;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\">%n", W, h, W, h));
        sb.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", W, h));
        sb.append(String.format(Locale.ROOT, "<text x=\"20\" y=\"32\" font-size=\"20\" font-weight=\"bold\">%s "
                + "partnership ladder as of %s</text>%n", esc(Names.name(view.owner())),
                esc(view.asOf() == null ? "the latest record" : view.asOf())));
        sb.append("<text x=\"20\" y=\"54\" font-size=\"12\" fill=\"#555555\">Each partner is placed on its rung at the "
                + "date it reached it. Grey lines lead back to the rungs it held before; a red ring marks sources that "
                + "disagree.</text>\n");
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < rungs.size(); i++) {
            rowOf.put(rungs.get(i).id(), i);
        }
        // rows
        for (int i = 0; i < rungs.size(); i++) {
            Rung r = rungs.get(i);
            int y = TOP + i * ROW + ROW / 2;
            String fill = i % 2 == 0 ? "#f7f7f7" : "#ffffff";
            sb.append(String.format(Locale.ROOT, "<rect x=\"10\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n",
                    TOP + i * ROW, W - 20, ROW, fill));
            sb.append(String.format(Locale.ROOT, "<text x=\"20\" y=\"%d\" font-size=\"13\" font-weight=\"bold\">%s"
                    + "</text>%n", y - 6, esc(cap(r.name()))));
            sb.append(String.format(Locale.ROOT, "<text x=\"20\" y=\"%d\" font-size=\"11\" fill=\"#555555\">%s · %d "
                    + "partner%s%s</text>%n", y + 11, esc(r.id()), view.rungs().get(r).size(),
                    view.rungs().get(r).size() == 1 ? "" : "s", r.ranked() ? " · rank " + r.rank() : " · outside the ranking"));
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#d0d0d0\"/>%n",
                    LEFT, y, plotRight, y));
        }
        // year grid
        int step = t1 - t0 > 40 ? 10 : t1 - t0 > 15 ? 5 : t1 - t0 > 6 ? 2 : 1;
        for (int y = (int) Math.ceil(t0 / step) * step; y <= t1; y += step) {
            double x = x(y, t0, t1, plotLeft, plotRight);
            if (x - (LEFT + UNDATED / 2.0) < 45) {
                continue; // keep clear of the "undated" label
            }
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eeeeee\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#666666\">%d</text>%n",
                    x, TOP - 6, x, h - BOTTOM + 4, x, h - BOTTOM + 20, y));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
                + "fill=\"#666666\">undated</text>%n", LEFT + UNDATED / 2, h - BOTTOM + 20));
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#cccccc\" "
                + "stroke-dasharray=\"3,3\"/>%n", plotLeft - 6, TOP - 6, plotLeft - 6, h - BOTTOM + 4));
        // trails: earlier rungs from the reference
        List<HistoryRecord> refs = ReferenceHistory.standard().of(view.owner());
        for (int i = 0; i < rungs.size(); i++) {
            for (LadderHistory.Standing s : view.rungs().get(rungs.get(i))) {
                double[] prev = null;
                for (HistoryRecord r : refs) {
                    if (!r.partner().equals(s.partner()) || !r.datesArrival() || r.date() == null
                            || view.asOf() != null && r.date().compareTo(view.asOf()) > 0 || !rowOf.containsKey(r.rung())) {
                        continue;
                    }
                    double[] p = {x(year(r.date()), t0, t1, plotLeft, plotRight), TOP + rowOf.get(r.rung()) * ROW + ROW / 2.0};
                    if (prev != null && (prev[0] != p[0] || prev[1] != p[1])) {
                        sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                                + "stroke=\"#bbbbbb\" stroke-width=\"1\"/>%n", prev[0], prev[1], p[0], p[1]));
                    }
                    if (!r.rung().equals(rungs.get(i).id())) {
                        sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#ffffff\" "
                                + "stroke=\"#999999\"><title>%s, %s %s</title></circle>%n", p[0], p[1],
                                esc(Names.name(s.partner())), esc(r.rung()), esc(r.date())));
                    }
                    prev = p;
                }
            }
        }
        // partners
        for (int i = 0; i < rungs.size(); i++) {
            Rung r = rungs.get(i);
            int y = TOP + i * ROW + ROW / 2;
            String colour = COLOURS[Math.min(r.rank(), COLOURS.length - 1)];
            double[] laneEnd = {-1e9, -1e9, -1e9, -1e9};
            double[] laneDy = {-10, 21, -24, 35};
            int undated = 0;
            for (LadderHistory.Standing s : view.rungs().get(r)) {
                double x = s.since() == null ? LEFT + 14 + (undated++ % 3) * 18
                        : x(year(s.since()), t0, t1, plotLeft, plotRight);
                double w = 7.5 * s.partner().length();
                int lane = 0;
                while (lane < laneEnd.length - 1 && laneEnd[lane] > x - w / 2 - 3) {
                    lane++;
                }
                laneEnd[lane] = x + w / 2;
                sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"5.5\" fill=\"%s\"%s>"
                        + "<title>%s, since %s</title></circle>%n", x, y, colour,
                        s.conflict() != null ? " stroke=\"#d62728\" stroke-width=\"2.5\"" : "",
                        esc(Names.name(s.partner())), esc(s.since() == null ? "undated" : s.since())));
                sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" "
                        + "text-anchor=\"middle\" fill=\"#222222\">%s</text>%n", x, y + laneDy[lane], esc(s.partner())));
            }
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    /** The years the axis covers: a year before the earliest dated partner to the as-of date (or the latest). */
    private static double[] span(LadderHistory.LadderView view, List<HistoryRecord> refs) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (List<LadderHistory.Standing> list : view.rungs().values()) {
            for (LadderHistory.Standing s : list) {
                shown.add(s.partner());
                if (s.since() != null) {
                    min = Math.min(min, year(s.since()));
                    max = Math.max(max, year(s.since()));
                }
            }
        }
        for (HistoryRecord r : refs) {
            // the earlier steps the trails lead back to
            if (shown.contains(r.partner()) && r.datesArrival() && r.date() != null
                    && (view.asOf() == null || r.date().compareTo(view.asOf()) <= 0)) {
                min = Math.min(min, year(r.date()));
            }
        }
        if (view.asOf() != null) {
            max = Math.max(max == -Double.MAX_VALUE ? year(view.asOf()) : max, year(view.asOf()));
        }
        if (min == Double.MAX_VALUE) {
            min = max == -Double.MAX_VALUE ? 2000 : max - 10;
        }
        if (max == -Double.MAX_VALUE) {
            max = min + 10;
        }
        return new double[] {Math.floor(min) - 1, Math.ceil(max + 0.01) + 0.5};
    }

    /** A date of any precision as a fractional year (a year alone is its middle: its month is unknown). */
    static double year(String date) {
        String[] p = date.split("-");
        double y = Integer.parseInt(p[0]);
        if (p.length == 1) {
            return y + 0.5;
        }
        double m = Integer.parseInt(p[1]) - 1;
        double d = p.length > 2 ? Integer.parseInt(p[2]) - 1 : 15;
        return y + (m + d / 31.0) / 12.0;
    }

    private static double x(double year, double t0, double t1, int left, int right) {
        return left + (year - t0) / (t1 - t0) * (right - left);
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
