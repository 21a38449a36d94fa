package org.dyad.ladders;

import java.util.Set;

/**
 * One dated reference record of {@code dyad/ladders/history.tsv}: on {@code owner}'s ladder, {@code partner}
 * reached (or left) {@code rung} on {@code date}.
 *
 * @param rung       rung id, or null for a dated step that is not a rung (normalisation, a framework agreement)
 * @param date       {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; null when undated (holds at every date)
 * @param event      established, upgraded, enhanced, agreed, reaffirmed, suspended, normalized or agreement
 * @param source     URL of the public page that states it
 * @param confidence verified or unverified
 * @param line       line of the data file, so two records from the same source stay apart
 */
public record HistoryRecord(String owner, String partner, String rung, String date, String event, String source,
                            String confidence, String note, int line) {
    /** Events that put the pair on {@link #rung()} from {@link #date()} on. */
    public static final Set<String> ENTERS = Set.of("established", "upgraded", "enhanced", "agreed", "reaffirmed");
    /** Events that take the pair off {@link #rung()}. */
    public static final Set<String> LEAVES = Set.of("suspended");
    /** Every event a record may have. */
    public static final Set<String> EVENTS = Set.of("established", "upgraded", "enhanced", "agreed", "reaffirmed",
            "suspended", "normalized", "agreement");

    /** True when the record places the pair on a rung. */
    public boolean entersRung() {
        return rung != null && ENTERS.contains(event);
    }

    /** True when the record dates the pair's arrival at its rung (not a rename or a later reaffirmation). */
    public boolean datesArrival() {
        return rung != null && (event.equals("established") || event.equals("upgraded") || event.equals("agreed"));
    }
}
