package org.dyad.ladders;

import java.util.List;

/**
 * One rung of a country's partnership ladder.
 *
 * @param id     stable id {@code LADDER:ABBREVIATION} ({@code VNM:CSP})
 * @param ladder the owner: whose ranking this is (ISO alpha-3 or organisation code)
 * @param rank   1 = top; 0 = a relationship kept outside the ranked ladder (Vietnam's special relations)
 * @param name   canonical English name
 * @param counts rung ids a text includes when it counts "N &lt;name&gt;s" (this rung first)
 * @param notes  what an analyst should know
 */
public record Rung(String id, String ladder, int rank, String name, List<String> counts, String notes) {
    public Rung {
        counts = List.copyOf(counts);
    }

    /** True when this rung is part of the ranked ladder (rank 1 and below). */
    public boolean ranked() {
        return rank > 0;
    }
}
