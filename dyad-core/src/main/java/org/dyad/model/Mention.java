package org.dyad.model;

/**
 * One mention of an entity in the cleaned text.
 *
 * @param role {@link Role#ACTOR} when the entity acts or is acted on; {@link Role#PLACE} when a place name is used
 *             as a location ("in Hanoi"), which event coding must not treat as an actor
 * @param rule the resolver rule that found it
 */
public record Mention(int begin, int end, String text, Role role, String rule) {
    public enum Role { ACTOR, PLACE }
}
