/**
 * The output contract (docs/extract-format.md): records of each kind, all with {@code doc}, {@code kind} and
 * {@code evidence}; {@link org.dyad.output.Extraction} bundles one article's records; {@link org.dyad.output.Fact} is
 * the extension point for later kinds, which stores keep whole and index by {@link org.dyad.output.FactIndex}.
 */
package org.dyad.output;
