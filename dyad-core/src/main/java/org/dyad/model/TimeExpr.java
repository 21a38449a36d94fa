package org.dyad.model;

/**
 * A time expression found in the cleaned text.
 *
 * @param begin  char offset in the cleaned text
 * @param end    char offset in the cleaned text (exclusive)
 * @param text   the expression as written ("Friday through Sunday", "last month")
 * @param timex  the tagger's own TIMEX value (SUTime), kept for reference
 * @param value  dyad's normalised value: {@code 2023-04-14}, {@code 2023-04}, {@code 2023},
 *               an interval {@code 2023-04-14/2023-04-16}, {@code <2023-04-13} (before), {@code >2017} (since),
 *               or {@code null} when it cannot be anchored
 * @param rule   the normalisation rule that produced {@code value}
 */
public record TimeExpr(int begin, int end, String text, String timex, String value, String rule) {
}
