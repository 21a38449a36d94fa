package org.dyad.model;

import org.dyad.text.Span;

/**
 * One metadata value and where it came from.
 *
 * @param value  the value, normalised (an ISO date for {@code published})
 * @param source {@code header} (text header block), {@code html-meta}, {@code json-ld}, {@code flag} (command
 *               line) or {@code text} (inferred from the article text, e.g. a byline)
 * @param span   where it stands in the original text (char indices), or {@code null} when it is not in the text
 */
public record MetaValue(String value, String source, Span span) {
}
