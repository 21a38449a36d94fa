/**
 * Scoring of the event coder against the development gold formats: {@link org.dyad.events.eval.SeedsScore}
 * (events of whole articles, {@code seeds-dev.json}) and {@link org.dyad.events.eval.PloverScore} (one sentence per
 * record, the PLOVER gold standard). The gold's free-text actors are read with dyad's own actor dictionaries. The
 * command that parses the gold texts and prints the reports is {@code dyad eval events} in dyad-cli.
 */
package org.dyad.events.eval;
