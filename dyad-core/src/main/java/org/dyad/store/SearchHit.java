package org.dyad.store;

/**
 * A full-text search result.
 *
 * @param snippet an excerpt with the matching terms marked by [ and ]
 * @param score   relevance, higher is better
 */
public record SearchHit(long articleId, String key, String title, String published, String snippet, double score) {
}
