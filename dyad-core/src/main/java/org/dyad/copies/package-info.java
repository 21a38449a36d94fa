/**
 * Copy detection: signatures of an article's cleaned text ({@link org.dyad.copies.Signature}), candidate look-up by
 * LSH bands ({@link org.dyad.copies.CopyIndex}), classification of a candidate pair
 * ({@link org.dyad.copies.Classifier}: exact, near, spun, translated, same-story) and linking of copies into a
 * story with one original ({@link org.dyad.copies.CopyDetector}, {@link org.dyad.copies.CopyRecord}). Pure Java: no
 * NLP is needed, so signatures and look-ups run at tens of thousands of articles a second.
 */
package org.dyad.copies;
