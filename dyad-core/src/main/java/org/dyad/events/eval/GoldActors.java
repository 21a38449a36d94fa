package org.dyad.events.eval;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.Gazetteer;
import org.dyad.actors.OfficeHolder;

/**
 * Reads the actor codes a gold annotation's free-text actor stands for ("Antony Blinken (U.S. Secretary of State)"
 * → USA, "Vietnam (Hanoi)" → VNM, "Washington and US defense companies" → USA, "bilateral" → the other side) with
 * dyad's own dictionaries: the first country, capital, demonym, organisation or office holder named outside
 * parentheses, else inside them. Alternatives are split on " / " and " and ".
 */
final class GoldActors {
    /** The code standing for "the other side" ("bilateral", "each other"). */
    static final String COUNTERPART = "*counterpart*";
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*");
    private static final Set<String> COUNTERPART_WORDS = Set.of("bilateral", "each other", "one another", "both sides",
            "the two", "bilateral relations");

    private final ActorDictionary dict;

    GoldActors(ActorDictionary dict) {
        this.dict = dict;
    }

    /** The codes the text names, in order; empty when it names none this dictionary knows. */
    Set<String> codes(String text, LocalDate date) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        String lower = text.toLowerCase(Locale.ROOT).trim();
        for (String w : COUNTERPART_WORDS) {
            if (lower.startsWith(w)) {
                out.add(COUNTERPART);
                return out;
            }
        }
        for (String alt : text.split("\\s+/\\s+|\\s+and\\s+|,\\s+")) {
            String outside = alt.replaceAll("\\([^)]*\\)", " ");
            String code = first(outside, date);
            if (code == null) {
                Matcher m = Pattern.compile("\\(([^)]*)\\)").matcher(alt);
                while (code == null && m.find()) {
                    // notes such as "(external: ...)" or "(text: ...)" are about the annotation, not the actor
                    if (!m.group(1).matches("(?s)\\s*\\w+:.*")) {
                        code = first(m.group(1), date);
                    }
                }
            }
            if (code != null) {
                out.add(code);
            }
        }
        return out;
    }

    private String first(String s, LocalDate date) {
        String folded = s.replace('’', '\'');
        Gazetteer g = dict.gazetteer();
        int bestAt = Integer.MAX_VALUE;
        String best = null;
        for (int i = 0; i < folded.length(); i++) {
            if (i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1))) {
                continue;
            }
            List<Gazetteer.Match> ms = g.longestAt(folded, i, e -> e >= folded.length()
                    || !Character.isLetterOrDigit(folded.charAt(e)));
            for (Gazetteer.Match m : ms) {
                if (m.entry().code() != null && m.entry().kind() != org.dyad.actors.Entry.Kind.PLACE) {
                    bestAt = i;
                    best = m.entry().code();
                    break;
                }
            }
            if (best != null) {
                break;
            }
        }
        Matcher m = CAPITALISED.matcher(s);
        while (m.find() && m.start() < bestAt) {
            String name = m.group();
            List<OfficeHolder> hs = dict.holders(name, date);
            if (hs.isEmpty() && name.contains(" ")) {
                hs = dict.holders(name.substring(name.lastIndexOf(' ') + 1), date);
            }
            if (!hs.isEmpty()) {
                return hs.get(0).country();
            }
        }
        return best;
    }
}
