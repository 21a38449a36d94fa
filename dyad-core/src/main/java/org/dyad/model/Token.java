package org.dyad.model;

/**
 * A token of the cleaned text. Offsets are char indices into {@link org.dyad.text.CleanText#text()}.
 *
 * @param index  0-based index in its sentence
 * @param ner    named-entity tag (PERSON, LOCATION, ORGANIZATION, DATE, ... or "O")
 * @param timex  normalised TIMEX value for DATE/TIME/DURATION tokens, or {@code null}
 */
public record Token(int index, String word, int begin, int end, String pos, String lemma, String ner, String timex) {
}
