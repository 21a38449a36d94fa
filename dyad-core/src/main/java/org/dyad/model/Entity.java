package org.dyad.model;

import java.util.List;

/**
 * An actor or place named in the article, with all its mentions merged ("Antony Blinken", "Blinken").
 *
 * @param id       article-local id ({@code e1}, {@code e2}, ...)
 * @param name     canonical name (the longest full form in the article, or the dictionary name)
 * @param type     COUNTRY, ORGANIZATION, PERSON or LOCATION
 * @param code     ISO 3166-1 alpha-3 for a country, the organisation id for an organisation, the person's country
 *                 for a person (when known), {@code null} otherwise
 * @param sector   GOV, MIL, PTY, LEG, JUD, RES, ... when known
 * @param title    the title or affiliation the article gives ("U.S. Secretary of State"), or {@code null}
 * @param role     the role the title implies (foreign_minister, analyst, ...), or {@code null}
 * @param titleSpan cleaned-text span of the title, or {@code null}
 */
public record Entity(String id, String name, Type type, String code, String sector, String title, String role,
                     org.dyad.text.Span titleSpan, List<Mention> mentions, String rule) {
    public Entity {
        mentions = List.copyOf(mentions);
    }

    public enum Type { COUNTRY, ORGANIZATION, PERSON, LOCATION }

    /** True if at least one mention is an actor use (not only a place name). */
    public boolean isActor() {
        return mentions.stream().anyMatch(m -> m.role() == Mention.Role.ACTOR);
    }
}
