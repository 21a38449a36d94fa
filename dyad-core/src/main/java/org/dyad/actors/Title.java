package org.dyad.actors;

/** A title from titles.tsv: "Secretary of State" → sector GOV, role foreign_minister. */
public record Title(String text, String sector, String role, String source) {
}
