package org.dyad.events;

import java.util.HashMap;
import java.util.Map;
import org.dyad.data.Tsv;

/**
 * The code tables under {@code dyad/events/}: CAMEO labels and Goldstein weights ({@code cameo.tsv}), the
 * CAMEO→PLOVER mapping ({@code plover.tsv}) and the PLOVER categories with their intensity
 * ({@code plover-categories.tsv}). Immutable and thread-safe.
 */
public final class Codebook {
    private static final String DIR = "dyad/events/";
    private static volatile Codebook standard;

    /** A CAMEO code's row. */
    public record Cameo(String code, String label, double goldstein) {
    }

    /** A PLOVER category, mode and context for a CAMEO code. */
    public record PloverRow(String category, String mode, String context) {
    }

    private final Map<String, Cameo> cameo = new HashMap<>();
    private final Map<String, PloverRow> plover = new HashMap<>();
    private final Map<String, Double> intensity = new HashMap<>();
    private final Map<String, String> quad = new HashMap<>();

    private Codebook() {
        for (Tsv.Row r : Tsv.resource(DIR + "cameo.tsv", "code", "label", "goldstein").rows()) {
            try {
                cameo.put(r.get("code"), new Cameo(r.get("code"), r.get("label"), Double.parseDouble(r.get("goldstein"))));
            } catch (NumberFormatException e) {
                throw r.error("goldstein is not a number: \"" + r.get("goldstein") + "\"");
            }
        }
        for (Tsv.Row r : Tsv.resource(DIR + "plover-categories.tsv", "category", "quad", "intensity").rows()) {
            intensity.put(r.get("category"), Double.parseDouble(r.get("intensity")));
            quad.put(r.get("category"), r.get("quad"));
        }
        for (Tsv.Row r : Tsv.resource(DIR + "plover.tsv", "cameo", "category", "mode", "context").rows()) {
            if (!intensity.containsKey(r.get("category"))) {
                throw r.error("unknown PLOVER category \"" + r.get("category") + "\" (known: " + intensity.keySet() + ")");
            }
            plover.put(r.get("cameo"), new PloverRow(r.get("category"), emptyToNull(r.get("mode")),
                    emptyToNull(r.get("context"))));
        }
    }

    /** The tables shipped with dyad, loaded on first use. */
    public static Codebook standard() {
        Codebook c = standard;
        if (c == null) {
            synchronized (Codebook.class) {
                c = standard;
                if (c == null) {
                    c = new Codebook();
                    standard = c;
                }
            }
        }
        return c;
    }

    /** The row of a CAMEO code, or null when {@code cameo.tsv} does not list it. */
    public Cameo cameo(String code) {
        return cameo.get(code);
    }

    /** The PLOVER row of a CAMEO code (its own, else its longest listed prefix), or null (CAMEO 01 statements). */
    public PloverRow plover(String code) {
        for (int n = code.length(); n >= 3; n--) {
            PloverRow p = plover.get(code.substring(0, n));
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** dyad's intensity of a PLOVER category ({@code plover-categories.tsv}), or null when unknown. */
    public Double intensity(String category) {
        return category == null ? null : intensity.get(category);
    }

    /** The quad class of a PLOVER category, or null. */
    public String quad(String category) {
        return category == null ? null : quad.get(category);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
