/**
 * Text with provenance: the cleaned text and its map back to the original ({@link org.dyad.text.CleanText}), spans,
 * code-point conversion and {@link org.dyad.text.Evidence}, the unit of provenance in every output record.
 */
package org.dyad.text;
