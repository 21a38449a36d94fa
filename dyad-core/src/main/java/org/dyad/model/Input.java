package org.dyad.model;

import org.jsoup.nodes.Document;

/**
 * The decoded input: the original text every offset refers to, how it was decoded and, for HTML, its parsed tree
 * (parsed with source positions tracked, so nodes map back to {@code text}).
 *
 * @param text    the original decoded text (line endings untouched)
 * @param charset the charset it was decoded with
 * @param sha256  hex SHA-256 of the raw bytes: the content identity used for idempotent ingest
 * @param html    the parsed page, or {@code null} for plain text
 */
public record Input(String text, String charset, Format format, String sha256, Document html) {
}
