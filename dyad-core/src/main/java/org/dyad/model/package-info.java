/**
 * The records stages exchange: the input, metadata with provenance, sentences with tokens and dependencies, time
 * expressions, entities with mentions. Offsets are char indices into the cleaned text unless a record says otherwise;
 * output records (org.dyad.output) carry code-point offsets into the original instead.
 */
package org.dyad.model;
