package org.dyad.output;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A record of a kind beyond {@code article} and {@code entity} — {@code event}, {@code partnership}, {@code quote},
 * {@code forecast}, {@code copy} — produced by a later stage. Stores keep every fact whole (as its JSON) and index it
 * by {@link #index()}, so a new kind needs no new table to be stored, searched by pair and date, and read back.
 * Implementations are Java records registered in {@link FactKinds}.
 */
public interface Fact extends Record {

    /** Article-local id ({@code v1}, {@code p2}, ...), stable for a given input and pipeline version. */
    String id();

    /** The rule (pattern, dictionary row, heuristic) that produced the fact: a readable id a user can look up. */
    String rule();

    /** The columns a store indexes for this fact. Not part of the JSON record. */
    @JsonIgnore
    FactIndex index();
}
