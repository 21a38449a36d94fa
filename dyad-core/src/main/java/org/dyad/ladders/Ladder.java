package org.dyad.ladders;

import java.util.List;
import java.util.Optional;

/**
 * A country's ladder: its rungs, top first ({@link Rung#rank()} 0 before 1 when present).
 *
 * @param owner the country or bloc whose ranking this is
 */
public record Ladder(String owner, List<Rung> rungs) {
    public Ladder {
        rungs = List.copyOf(rungs);
    }

    public Optional<Rung> rung(String id) {
        return rungs.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The rung of a rank (1 = top), if the ladder has one. */
    public Optional<Rung> byRank(int rank) {
        return rungs.stream().filter(r -> r.rank() == rank).findFirst();
    }

    /** The lowest ranked rung ("the lowest of the three rungs"). */
    public Optional<Rung> bottom() {
        return rungs.stream().filter(Rung::ranked).reduce((a, b) -> b);
    }

    /** The number of ranked rungs. */
    public int depth() {
        return (int) rungs.stream().filter(Rung::ranked).count();
    }
}
