package org.dyad.text;

import java.util.List;

/**
 * The article text after boilerplate removal, with a map from every cleaned character back to the original decoded
 * input. Offsets here are Java {@code char} indices; {@link CodePoints} converts original indices to the code-point
 * offsets of the output contract.
 *
 * <p>Each cleaned character {@code i} came from {@code original[origStart(i), origEnd(i))}: one character for text
 * copied as is, several for an HTML entity such as {@code &amp;amp;}, none for a separator the cleaner inserted (a
 * paragraph break between two HTML blocks), whose range is empty and sits where the break was.
 */
public final class CleanText {
    private final String original;
    private final String text;
    private final int[] origStart;
    private final int[] origEnd;
    private final List<Removed> removed;

    /** A span of the original that the cleaner dropped, and the rule that dropped it. */
    public record Removed(int start, int end, String rule) {
    }

    CleanText(String original, String text, int[] origStart, int[] origEnd, List<Removed> removed) {
        if (origStart.length != text.length() || origEnd.length != text.length()) {
            throw new IllegalArgumentException("offset map has " + origStart.length + " entries for " + text.length() + " chars");
        }
        this.original = original;
        this.text = text;
        this.origStart = origStart;
        this.origEnd = origEnd;
        this.removed = List.copyOf(removed);
    }

    /** Text kept as is: the identity map. */
    public static CleanText identity(String original) {
        Builder b = new Builder(original);
        b.copy(0, original.length());
        return b.build();
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Spans of the original removed as boilerplate, in document order. */
    public List<Removed> removed() {
        return removed;
    }

    /** Original char index where cleaned char {@code i} starts. */
    public int origStart(int i) {
        return origStart[i];
    }

    /** Original char index just after cleaned char {@code i}. */
    public int origEnd(int i) {
        return origEnd[i];
    }

    /**
     * The original span [start, end) covered by the cleaned span [cleanStart, cleanEnd). An empty cleaned span maps
     * to an empty original span at the matching position.
     */
    public Span toOriginal(int cleanStart, int cleanEnd) {
        if (cleanStart < 0 || cleanEnd > text.length() || cleanStart > cleanEnd) {
            throw new IndexOutOfBoundsException("span [" + cleanStart + "," + cleanEnd + ") outside 0.." + text.length());
        }
        if (cleanStart == cleanEnd) {
            int p = cleanStart < text.length() ? origStart[cleanStart] : (text.isEmpty() ? 0 : origEnd[text.length() - 1]);
            return new Span(p, p);
        }
        return new Span(origStart[cleanStart], Math.max(origStart[cleanStart], origEnd[cleanEnd - 1]));
    }

    /** Builds a cleaned text by copying, substituting and inserting characters, left to right. */
    public static final class Builder {
        private final String original;
        private final StringBuilder text = new StringBuilder();
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private final java.util.ArrayList<Removed> removed = new java.util.ArrayList<>();

        public Builder(String original) {
            this.original = original;
        }

        public String original() {
            return original;
        }

        public int length() {
            return text.length();
        }

        public char charAt(int i) {
            return text.charAt(i);
        }

        /** Copies original[from, to) unchanged. */
        public Builder copy(int from, int to) {
            for (int i = from; i < to; i++) {
                append(original.charAt(i), i, i + 1);
            }
            return this;
        }

        /** Appends one character that stands for original[from, to) (an entity, a normalised space). */
        public Builder append(char c, int from, int to) {
            int n = text.length();
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, n * 2);
                ends = java.util.Arrays.copyOf(ends, n * 2);
            }
            text.append(c);
            starts[n] = from;
            ends[n] = to;
            return this;
        }

        /** Appends text the cleaner inserts (a separator), mapped to the empty span at original position {@code at}. */
        public Builder insert(String s, int at) {
            for (int i = 0; i < s.length(); i++) {
                append(s.charAt(i), at, at);
            }
            return this;
        }

        /** Drops the last {@code n} characters (used to trim trailing white space). */
        public Builder truncate(int newLength) {
            text.setLength(newLength);
            return this;
        }

        public Builder removed(int start, int end, String rule) {
            if (end > start) {
                removed.add(new Removed(start, end, rule));
            }
            return this;
        }

        public CleanText build() {
            int n = text.length();
            removed.sort(java.util.Comparator.comparingInt(Removed::start));
            return new CleanText(original, text.toString(), java.util.Arrays.copyOf(starts, n),
                    java.util.Arrays.copyOf(ends, n), removed);
        }
    }
}
