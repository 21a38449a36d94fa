package org.dyad.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * One term of office from office-holders.tsv.
 *
 * @param start first day of the term (the first of the month or year when only those are known)
 * @param end   last day of the term, or {@code null} while in office
 */
public record OfficeHolder(String person, List<String> aliases, String country, String office, String sector,
                           LocalDate start, LocalDate end, String source, boolean verified) {

    /** Whether the term covers {@code date}; an unknown date matches every term. */
    public boolean heldOn(LocalDate date) {
        return date == null || !date.isBefore(start) && (end == null || !date.isAfter(end));
    }
}
