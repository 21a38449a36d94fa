/**
 * The event coder: who did what to whom, with CAMEO 1.1b3 and PLOVER codes, a status (happened, ongoing, planned,
 * hypothetical, negated), a date normalised against the publication date, actors with codes and sectors, the
 * evidence, and the id of the pattern that matched.
 *
 * <p>API: {@link org.dyad.events.EventStage} (the pipeline stage and its {@code EVENTS} layer) and
 * {@link org.dyad.events.EventRecord} (the output record, kind {@code event}); {@link org.dyad.events.Codebook}
 * reads the code tables. Everything else is package-private machinery over dyad's own records (no parser types):
 * {@code Patterns}/{@code Matcher} (triggers in {@code dyad/events/patterns.tsv}), {@code ActorFinder} (who),
 * {@code StatusReader} (how sure), {@code DateFinder} (when), {@code Merge} (one event, several mentions).
 *
 * <p>Design rules: no pattern, no event (never a fallback code); a place named as a location is never an actor;
 * the knowledge is in data files a user can read and extend; every record names the rule and the cue behind it.
 */
package org.dyad.events;
