package org.dyad.voices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.events.EventRecord;
import org.dyad.ladders.LadderHistory;
import org.dyad.store.FactQuery;
import org.dyad.store.Store;
import org.dyad.store.StoredFact;

/**
 * Marks forecasts right, wrong, partly right or open against what happened later: for an upgrade, the pair's steps up
 * its ladder ({@link LadderHistory}: the reference history and stored partnership statements); for a visit, stored
 * visit and meeting events of the pair. A forecast with no horizon is held to {@value #DEFAULT_MONTHS} months from
 * the day it was made.
 *
 * <ul>
 *   <li>happens: the outcome came within the horizon → right; after it → partly right; not yet and the horizon has
 *       passed → wrong; else open;</li>
 *   <li>does not happen: the outcome came within the horizon → wrong; after it, or not by the end of the horizon →
 *       right; else open.</li>
 * </ul>
 * Forecasts about other things stay open (dyad has nothing to check them against). Thread-safe when its sources are.
 */
public final class ForecastResolver {
    /** Months a forecast with no horizon is held to. */
    public static final int DEFAULT_MONTHS = 12;
    public static final String RIGHT = "right";
    public static final String WRONG = "wrong";
    public static final String PARTLY = "partly_right";
    public static final String OPEN = "open";

    /** What happened: the first step up (or visit) after a date, with where it is recorded. */
    public record Outcome(String date, String what, String source, String text) {
    }

    /** Where outcomes come from. */
    public interface Outcomes {
        /** The first step up of the pair after {@code after} (exclusive), up to {@code until}, to {@code rung} when given. */
        Optional<Outcome> upgrade(String a, String b, String ladder, String rung, String after, String until);

        /** The first visit or meeting between the pair after {@code after}, up to {@code until}. */
        Optional<Outcome> visit(String a, String b, String after, String until);
    }

    /**
     * A forecast's resolution.
     *
     * @param verdict  right, wrong, partly_right or open
     * @param deadline the last day the forecast covers (its horizon, or the default)
     * @param outcome  what happened, or null when nothing has yet
     * @param note     why, in one line
     */
    public record Resolution(ForecastRecord forecast, String verdict, String deadline, Outcome outcome, String note) {
    }

    private final Outcomes outcomes;

    public ForecastResolver(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    /** Outcomes from the ladder history and, when {@code store} is not null, its events. */
    public static ForecastResolver of(LadderHistory history, Store store) {
        return new ForecastResolver(new HistoryOutcomes(history, store));
    }

    /** Resolves {@code f} as of {@code today}. */
    public Resolution resolve(ForecastRecord f, LocalDate today) {
        String made = f.published();
        String deadline = f.horizon() != null && f.horizon().by() != null ? f.horizon().by()
                : made == null ? null : LocalDate.parse(made).plusMonths(DEFAULT_MONTHS).toString();
        ForecastRecord.Subject s = f.subject();
        if (made == null || s.a() == null || s.b() == null
                || !(s.kind().equals("upgrade") || s.kind().equals("visit"))) {
            return new Resolution(f, OPEN, deadline, null, "nothing to check it against (subject " + s.kind()
                    + (made == null ? ", undated" : "") + ")");
        }
        String now = today.toString();
        Optional<Outcome> o = s.kind().equals("upgrade")
                ? outcomes.upgrade(s.a(), s.b(), s.ladder(), s.rung(), made, now)
                : outcomes.visit(s.a(), s.b(), made, now);
        boolean passed = deadline.compareTo(now) < 0;
        boolean happens = f.outcome().equals(ForecastRecord.HAPPENS);
        if (o.isPresent()) {
            boolean inTime = o.get().date().compareTo(deadline) <= 0
                    || deadline.startsWith(o.get().date()) && o.get().date().length() < 10;
            String when = o.get().what() + " on " + o.get().date() + (inTime ? ", by " : ", after ") + deadline;
            if (happens) {
                return new Resolution(f, inTime ? RIGHT : PARTLY, deadline, o.get(), when);
            }
            return new Resolution(f, inTime ? WRONG : RIGHT, deadline, o.get(), when);
        }
        if (passed) {
            return new Resolution(f, happens ? WRONG : RIGHT, deadline, null,
                    "no " + s.kind() + " recorded by " + deadline);
        }
        return new Resolution(f, OPEN, deadline, null, "no " + s.kind() + " recorded yet; horizon " + deadline);
    }

    /** Resolves every forecast. */
    public List<Resolution> resolveAll(List<ForecastRecord> forecasts, LocalDate today) {
        List<Resolution> out = new ArrayList<>();
        for (ForecastRecord f : forecasts) {
            out.add(resolve(f, today));
        }
        return out;
    }

    /** Outcomes from a ladder history and a store's events. */
    private record HistoryOutcomes(LadderHistory history, Store store) implements Outcomes {
        @Override
        public Optional<Outcome> upgrade(String a, String b, String ladder, String rung, String after, String until) {
            LadderHistory.Step best = null;
            for (LadderHistory.Step step : history.history(a, b)) {
                if (step.date() == null || step.rung() == null || !step.rung().ranked()
                        || step.date().compareTo(after) <= 0 || step.date().compareTo(until) > 0
                        || !(step.type().equals("upgraded") || step.type().equals("established"))
                        || rung != null && !step.owner().equals(rung.substring(0, rung.indexOf(':')))) {
                    continue;
                }
                int before = rank(a, b, step.owner(), after);
                boolean up = rung != null ? step.rung().id().equals(rung) || rankOf(rung) >= step.rung().rank()
                        : before == 0 || step.rung().rank() < before;
                if (up && (best == null || better(step, best))) {
                    best = step;
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            var src = best.sources().isEmpty() ? null : best.sources().get(0);
            return Optional.of(new Outcome(best.date(), best.type() + " to " + best.rung().name(),
                    src == null ? null : src.url(), src == null ? null : src.text()));
        }

        /** The earlier step; for the same month, the one the reference history records, then the more precise date. */
        private static boolean better(LadderHistory.Step s, LadderHistory.Step than) {
            String a = s.date().length() >= 7 ? s.date().substring(0, 7) : s.date();
            String b = than.date().length() >= 7 ? than.date().substring(0, 7) : than.date();
            if (!a.equals(b)) {
                return a.compareTo(b) < 0;
            }
            boolean ra = s.sources().stream().anyMatch(x -> x.kind().equals("reference"));
            boolean rb = than.sources().stream().anyMatch(x -> x.kind().equals("reference"));
            return ra != rb ? ra : s.date().length() > than.date().length();
        }

        private int rankOf(String rung) {
            return org.dyad.ladders.Ladders.standard().rung(rung).map(org.dyad.ladders.Rung::rank).orElse(0);
        }

        private int rank(String a, String b, String ladder, String date) {
            int best = 0;
            for (LadderHistory.Standing st : history.standings(a, b, date)) {
                if ((ladder == null || st.owner().equals(ladder)) && st.rung().ranked()
                        && (best == 0 || st.rung().rank() < best)) {
                    best = st.rung().rank();
                }
            }
            return best;
        }

        @Override
        public Optional<Outcome> visit(String a, String b, String after, String until) {
            if (store == null) {
                return Optional.empty();
            }
            for (StoredFact f : store.facts(FactQuery.of("event").pair(a, b).between(after, until))) {
                if (f.fact() instanceof EventRecord e && e.cameo() != null
                        && (e.cameo().startsWith("042") || e.cameo().startsWith("043") || e.cameo().startsWith("044"))
                        && "happened".equals(e.status())) {
                    String date = f.fact().index().from();
                    if (date != null && date.compareTo(after) > 0) {
                        return Optional.of(new Outcome(date, e.cameoLabel(), f.articleKey(),
                                e.evidence().isEmpty() ? null : e.evidence().get(0).text()));
                    }
                }
            }
            return Optional.empty();
        }
    }
}
