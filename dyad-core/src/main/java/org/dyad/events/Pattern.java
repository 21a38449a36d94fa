package org.dyad.events;

import java.util.List;
import java.util.Set;

/**
 * One row of {@code dyad/events/patterns.tsv}: a trigger word, the conditions its parse must meet, where its target
 * is attached, and the CAMEO code it reports.
 *
 * @param id       readable id, {@code family.code-name:variant} ({@code visit.make:visit-verb})
 * @param noun     true for a noun trigger ("visit", "talks"), false for a verb
 * @param lemmas   the trigger's lemmas (lower case)
 * @param when     conditions on the trigger's dependents, all of which must hold
 * @param target   where the target is attached, tried in order ({@code obj}, a preposition, {@code xcomp}, ...)
 * @param cameo    the CAMEO code
 * @param flags    {@code mutual} (both sides act: "X and Y met"), {@code place} (a destination may stand for the
 *                 host country), {@code intent} (the trigger announces another act: kept only when no pattern
 *                 matches that act), {@code needs-target} (no event without a target), {@code frame},
 *                 {@code source-of}, {@code passive-source} (see the patterns file's header)
 * @param line     the line in the data file, for error messages
 */
record Pattern(String id, boolean noun, Set<String> lemmas, List<Condition> when, List<String> target, String cameo,
               Set<String> flags, int line) {

    /**
     * A condition on the trigger: a dependent (or governor) of kind {@code key} whose lemma is one of {@code values}
     * must exist, or, when {@code negated}, must not.
     */
    record Condition(String key, Set<String> values, boolean negated) {
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }
}
