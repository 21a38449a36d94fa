package org.dyad.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.data.Tsv;

/**
 * The group nouns of {@code dyad/events/group-nouns.tsv}: "police", "rebels", "government", each with the sector it
 * gives and whether "in X" makes the group X's own. Checked when loaded (unknown sector or domestic value refused
 * with file and line). Immutable and thread-safe.
 */
final class GroupNouns {
    static final String RESOURCE = "dyad/events/group-nouns.tsv";
    static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "REB", "OPP", "PTY", "LEG", "JUD", "BUS", "LAB",
            "EDU", "MED", "REF", "CVL", "HLH");

    /** One group noun; {@code sector} is null when the noun does not tell one. */
    record Group(String lemma, String sector, boolean domestic) {
    }

    private final Map<String, Group> byLemma = new HashMap<>();

    GroupNouns(Tsv tsv) {
        for (Tsv.Row r : tsv.rows()) {
            String lemma = r.get("lemma").toLowerCase(Locale.ROOT);
            String sector = r.get("sector");
            if (sector.equals("-")) {
                sector = null;
            } else if (!SECTORS.contains(sector)) {
                throw r.error("unknown sector \"" + sector + "\" (known: " + SECTORS + ")");
            }
            String d = r.get("domestic");
            if (!d.equals("yes") && !d.equals("no")) {
                throw r.error("domestic must be yes or no, not \"" + d + "\"");
            }
            if (byLemma.put(lemma, new Group(lemma, sector, d.equals("yes"))) != null) {
                throw r.error("lemma \"" + lemma + "\" is listed twice");
            }
        }
    }

    static GroupNouns standard() {
        return new GroupNouns(Tsv.resource(RESOURCE, "lemma", "sector", "domestic"));
    }

    /** The group a lemma names, or null. */
    Group of(String lemma) {
        return byLemma.get(lemma);
    }
}
