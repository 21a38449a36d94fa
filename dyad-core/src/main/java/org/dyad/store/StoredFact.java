package org.dyad.store;

import org.dyad.output.Fact;

/**
 * A stored fact with the article it came from.
 *
 * @param published the article's publication date, or null
 */
public record StoredFact(long articleId, String articleKey, String doc, String published, Fact fact) {
}
