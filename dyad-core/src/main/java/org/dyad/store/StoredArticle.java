package org.dyad.store;

import org.dyad.output.Extraction;

/**
 * An article as stored, with everything extracted from it.
 *
 * @param id         the store's numeric id
 * @param key        the identity it was ingested under
 * @param ingestedAt ISO instant of the last ingest that changed it
 */
public record StoredArticle(long id, String key, String ingestedAt, Extraction extraction) {
}
