package org.dyad.copies;

/** How one article copies another, from the closest to the loosest. */
public enum CopyType {
    /** The same words (case, punctuation, diacritics and spacing aside). */
    EXACT("exact"),
    /** The same text with other boilerplate, reordered, cut short or lightly edited. */
    NEAR("near"),
    /** The same text with words swapped for synonyms, to dodge plagiarism checks. */
    SPUN("spun"),
    /** The same text through a (machine) translation and back: same names, numbers and content words. */
    TRANSLATED("translated"),
    /** Another report of the same story: many names and numbers in common, other words. */
    SAME_STORY("same-story");

    private final String label;

    CopyType(String label) {
        this.label = label;
    }

    /** The name used in records and on the command line. */
    public String label() {
        return label;
    }

    /** The type of a {@link #label()}. */
    public static CopyType of(String label) {
        for (CopyType t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown copy type \"" + label + "\"; known: exact, near, spun, translated,"
                + " same-story");
    }

    @Override
    public String toString() {
        return label;
    }
}
