package org.dyad.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a draft text (a paragraph, for HTML) and what the rules decided about it. Indices are into the draft
 * text; {@code end} excludes the line's {@code '\n'}. Mutable, confined to one cleaning call.
 */
final class Line {
    /** A span cut from inside a line by an inline rule. */
    record Cut(int start, int end, String rule) {
    }

    final int start;
    final int end;
    /** Only white space in the original line: it separates paragraphs. */
    final boolean blank;
    /** The rule that removed the whole line, or {@code null} if it stays. */
    String rule;
    /** Inline cuts, left to right. */
    final List<Cut> cuts = new ArrayList<>();
    /** Nothing but white space is left after the cuts. */
    boolean emptied;
    /** The line's text after cuts, trimmed: what line rules match and repeats compare. */
    String content = "";

    private Line(int start, int end, boolean blank) {
        this.start = start;
        this.end = end;
        this.blank = blank;
    }

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            lines.add(new Line(from, to, text.substring(from, to).isBlank()));
            from = to + 1;
        }
        return lines;
    }

    /** Neither removed, emptied nor blank: text that reaches the output. */
    boolean kept() {
        return rule == null && !emptied && !blank;
    }

    /** A consumer of draft ranges [from, to). */
    interface RangeConsumer {
        void accept(int from, int to);
    }

    /** Calls {@code out} with the ranges of [start, to) not cut, left to right ({@code cuts} must be sorted). */
    void keptRanges(int to, RangeConsumer out) {
        int cur = start;
        for (Cut c : cuts) {
            int end = Math.min(c.start(), to);
            if (end > cur) {
                out.accept(cur, end);
            }
            cur = Math.max(cur, c.end());
        }
        if (cur < to) {
            out.accept(cur, to);
        }
    }
}
