package org.dyad.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a timeline as a standalone SVG: one stacked bar per month (events by quad class, cooperation in greens
 * above the axis, conflict in reds below it) and, in a panel below, the month's mean Goldstein weight (-10..+10).
 * Months without events between the first and the last are shown empty when the span is at most
 * {@value #MAX_FILLED} months. Plain text output, no library.
 */
public final class TimelineChart {
    private static final String[][] QUADS = {
            {"1 verbal cooperation", "#8fd18b", "verbal cooperation"},
            {"2 material cooperation", "#2e8b3e", "material cooperation"},
            {"3 verbal conflict", "#f1a17a", "verbal conflict"},
            {"4 material conflict", "#c0392b", "material conflict"}};
    static final int MAX_FILLED = 36;
    private static final int W = 900;
    private static final int H = 600;
    private static final int LEFT = 70;
    private static final int RIGHT = 30;
    private static final int TOP = 60;
    private static final int BARS_BOTTOM = 340;
    private static final int INDEX_TOP = 370;
    private static final int INDEX_BOTTOM = 470;

    private TimelineChart() {
    }

    public static String svg(String title, Map<String, Timeline.Month> months) {
        List<String> keys = filled(new ArrayList<>(months.keySet()));
        int maxUp = 1;
        int maxDown = 1;
        for (Timeline.Month m : months.values()) {
            maxUp = Math.max(maxUp, count(m, 0) + count(m, 1));
            maxDown = Math.max(maxDown, count(m, 2) + count(m, 3));
        }
        int scale = Math.max(maxUp, maxDown);
        double plotH = BARS_BOTTOM - TOP;
        double zeroY = TOP + plotH / 2;
        double unit = (plotH / 2 - 14) / scale;
        double plotW = W - LEFT - RIGHT;
        double slot = keys.isEmpty() ? plotW : plotW / keys.size();
        double barW = Math.min(48, slot * 0.6);
        double indexZero = (INDEX_TOP + INDEX_BOTTOM) / 2.0;
        double indexUnit = (INDEX_BOTTOM - INDEX_TOP) / 20.0;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", W, H, W, H));
        s.append(String.format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", W, H));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"28\" font-size=\"18\" font-weight=\"bold\">%s: events "
                + "per month</text>%n", LEFT, esc(title)));
        // grid and axis of the bars (event counts)
        for (int k = -scale; k <= scale; k += step(scale)) {
            double y = zeroY - k * unit;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                    LEFT, y, W - RIGHT, y, k == 0 ? "#333" : "#e5e5e5"));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>%n", LEFT - 8,
                    y + 4, Math.abs(k)));
        }
        s.append(String.format(Locale.ROOT, "<text transform=\"translate(18 %.1f) rotate(-90)\" text-anchor=\"middle\">"
                + "events: cooperation ↑ conflict ↓</text>%n", zeroY));
        // index panel
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">cooperation–conflict index "
                + "(mean Goldstein weight, -10..+10)</text>%n", LEFT, INDEX_TOP - 10));
        for (int g = -10; g <= 10; g += 5) {
            double y = indexZero - g * indexUnit;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                    LEFT, y, W - RIGHT, y, g == 0 ? "#333" : "#e5e5e5"));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#1f4e9e\">%+d"
                    + "</text>%n", LEFT - 8, y + 4, g));
        }
        StringBuilder line = new StringBuilder();
        int lastIndexed = -2;
        for (int i = 0; i < keys.size(); i++) {
            Timeline.Month m = months.get(keys.get(i));
            double cx = LEFT + slot * i + slot / 2;
            double x = cx - barW / 2;
            if (keys.size() <= 24 || i % ((keys.size() + 23) / 24) == 0) {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"end\" "
                        + "transform=\"rotate(-45 %.1f %d)\">%s</text>%n", cx + 4, INDEX_BOTTOM + 20, cx + 4,
                        INDEX_BOTTOM + 20, keys.get(i)));
            }
            if (m == null) {
                continue;
            }
            double up = zeroY;
            for (int q = 0; q < 2; q++) {
                double h = count(m, q) * unit;
                up -= h;
                if (h > 0) {
                    s.append(rect(x, up, barW, h, QUADS[q][1], keys.get(i) + ": " + count(m, q) + " " + QUADS[q][2]));
                }
            }
            double down = zeroY;
            for (int q = 2; q < 4; q++) {
                double h = count(m, q) * unit;
                if (h > 0) {
                    s.append(rect(x, down, barW, h, QUADS[q][1], keys.get(i) + ": " + count(m, q) + " " + QUADS[q][2]));
                }
                down += h;
            }
            if (count(m, 0) + count(m, 1) > 0) {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#555\">%d"
                        + "</text>%n", cx, up - 4, count(m, 0) + count(m, 1)));
            }
            if (count(m, 2) + count(m, 3) > 0) {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#555\">%d"
                        + "</text>%n", cx, down + 14, count(m, 2) + count(m, 3)));
            }
            double gy = indexZero - m.goldstein() * indexUnit;
            line.append(i == lastIndexed + 1 ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", cx, gy));
            lastIndexed = i;
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1f4e9e\"><title>%s: mean "
                    + "Goldstein %.2f, balance %.2f</title></circle>%n", cx, gy, keys.get(i), m.goldstein(), m.balance()));
        }
        if (line.length() > 0) {
            s.append("<path d=\"").append(line.toString().trim()).append("\" fill=\"none\" stroke=\"#1f4e9e\" "
                    + "stroke-width=\"2\"/>\n");
        }
        if (keys.isEmpty()) {
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#888\">no events"
                    + "</text>%n", W / 2, zeroY - 10));
        }
        // legend
        int lx = LEFT;
        int ly = H - 22;
        for (String[] q : QUADS) {
            s.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>%n", lx, ly - 11, q[1]));
            s.append(String.format("<text x=\"%d\" y=\"%d\">%s</text>%n", lx + 20, ly, q[2]));
            lx += 40 + q[2].length() * 7;
        }
        s.append("</svg>\n");
        return s.toString();
    }

    /** The months from the first to the last, gaps included, when the span is short enough to show. */
    private static List<String> filled(List<String> keys) {
        if (keys.size() < 2) {
            return keys;
        }
        java.time.YearMonth first = java.time.YearMonth.parse(keys.get(0));
        java.time.YearMonth last = java.time.YearMonth.parse(keys.get(keys.size() - 1));
        if (first.until(last, java.time.temporal.ChronoUnit.MONTHS) >= MAX_FILLED) {
            return keys;
        }
        List<String> out = new ArrayList<>();
        for (java.time.YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            out.add(m.toString());
        }
        return out;
    }

    private static int count(Timeline.Month m, int q) {
        return m.byQuad.getOrDefault(QUADS[q][0], 0);
    }

    private static int step(int scale) {
        return scale <= 5 ? 1 : scale <= 10 ? 2 : scale <= 25 ? 5 : scale <= 50 ? 10 : (scale / 50 + 1) * 10;
    }

    private static String rect(double x, double y, double w, double h, String fill, String title) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                + "<title>%s</title></rect>%n", x, y, w, h, fill, esc(title));
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
