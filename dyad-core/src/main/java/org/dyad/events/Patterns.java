package org.dyad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.data.Tsv;

/**
 * The trigger patterns of {@code dyad/events/patterns.tsv}, indexed by lemma. Checked when loaded: unknown
 * condition keys, target kinds, flags or CAMEO codes are refused with the file and line. Immutable and thread-safe.
 */
final class Patterns {
    static final String RESOURCE = "dyad/events/patterns.tsv";
    static final Set<String> KEYS = Set.of("obj", "dep", "xcomp", "prt", "prep", "gov", "mod", "ccomp-aux", "subj",
            "word", "ccomp-not");
    static final Set<String> FLAGS = Set.of("mutual", "place", "intent", "needs-target", "frame", "source-of",
            "passive-source", "domestic");
    static final Set<String> TARGET_KINDS = Set.of("obj", "iobj", "xcomp", "ccomp", "between", "compound", "subj-pass",
            "gov-subj", "gov-obj", "purpose", "border", "ccomp-obj");

    private final Map<String, List<Pattern>> verbs = new HashMap<>();
    private final Map<String, List<Pattern>> nouns = new HashMap<>();
    private final List<Pattern> all = new ArrayList<>();

    Patterns(Tsv tsv, Codebook codes) {
        Set<String> ids = new java.util.HashSet<>();
        for (Tsv.Row r : tsv.rows()) {
            String id = r.get("id");
            if (!ids.add(id)) {
                throw r.error("pattern id \"" + id + "\" is used twice");
            }
            String pos = r.get("pos");
            if (!pos.equals("V") && !pos.equals("N")) {
                throw r.error("pos must be V (verb) or N (noun), not \"" + pos + "\"");
            }
            String cameo = r.get("cameo");
            if (codes.cameo(cameo) == null) {
                throw r.error("CAMEO code " + cameo + " is not in cameo.tsv");
            }
            Set<String> lemmas = new LinkedHashSet<>();
            r.list("lemmas").forEach(l -> lemmas.add(l.toLowerCase(Locale.ROOT)));
            if (lemmas.isEmpty()) {
                throw r.error("no lemma");
            }
            List<Pattern.Condition> when = new ArrayList<>();
            for (String c : r.get("when").trim().split("\\s+")) {
                if (c.isEmpty()) {
                    continue;
                }
                boolean neg = c.startsWith("!");
                String body = neg ? c.substring(1) : c;
                int eq = body.indexOf('=');
                if (eq <= 0) {
                    throw r.error("condition \"" + c + "\" is not KEY=VALUE|VALUE");
                }
                String key = body.substring(0, eq);
                if (!KEYS.contains(key)) {
                    throw r.error("unknown condition \"" + key + "\" (known: " + KEYS + ")");
                }
                Set<String> values = new LinkedHashSet<>(List.of(body.substring(eq + 1).toLowerCase(Locale.ROOT).split("\\|")));
                when.add(new Pattern.Condition(key, values, neg));
            }
            List<String> target = new ArrayList<>();
            for (String t : r.get("target").split(",")) {
                String k = t.trim().toLowerCase(Locale.ROOT);
                if (k.isEmpty() || k.equals("-")) {
                    continue;
                }
                if (!TARGET_KINDS.contains(k) && !k.matches("[a-z]+")) {
                    throw r.error("unknown target kind \"" + k + "\" (known: " + TARGET_KINDS + " or a preposition)");
                }
                target.add(k);
            }
            Set<String> flags = new LinkedHashSet<>(r.list("flags").stream().flatMap(f -> List.of(f.split(",")).stream())
                    .map(String::trim).filter(f -> !f.isEmpty()).toList());
            for (String f : flags) {
                if (!FLAGS.contains(f)) {
                    throw r.error("unknown flag \"" + f + "\" (known: " + FLAGS + ")");
                }
            }
            Pattern p = new Pattern(id, pos.equals("N"), lemmas, List.copyOf(when), List.copyOf(target), cameo,
                    Set.copyOf(flags), r.line());
            all.add(p);
            for (String l : lemmas) {
                (p.noun() ? nouns : verbs).computeIfAbsent(l, k -> new ArrayList<>()).add(p);
            }
        }
    }

    static Patterns standard(Codebook codes) {
        return new Patterns(Tsv.resource(RESOURCE, "id", "pos", "lemmas", "when", "target", "cameo", "flags"), codes);
    }

    /** The verb patterns for a lemma, in file order (most specific first by convention), or an empty list. */
    List<Pattern> verbs(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    List<Pattern> nouns(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    List<Pattern> all() {
        return all;
    }
}
