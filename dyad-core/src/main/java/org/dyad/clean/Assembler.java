package org.dyad.clean;

import java.util.List;
import org.dyad.text.CleanText;

/**
 * Builds the cleaned text from a draft and the decisions on its lines: kept lines are copied with their offsets,
 * paragraphs are separated by one line break (two where the original had a blank line between them), removed lines
 * and cuts become removed spans of the original.
 */
final class Assembler {
    private final CleanText draft;
    private final String text;
    private final CleanText.Builder out;
    private final RemovedSpans spans = new RemovedSpans();

    private Assembler(CleanText draft) {
        this.draft = draft;
        this.text = draft.text();
        this.out = new CleanText.Builder(draft.original());
    }

    static CleanText assemble(CleanText draft, List<Line> lines) {
        Assembler a = new Assembler(draft);
        for (CleanText.Removed r : draft.removed()) {
            a.spans.remove(r.start(), r.end(), r.rule());
        }
        Line prev = null;
        Line blank = null;
        for (Line line : lines) {
            if (line.blank) {
                blank = prev != null && blank == null ? line : blank;
            } else if (line.rule != null) {
                a.remove(line.start, line.end, line.rule);
            } else if (line.emptied) {
                line.cuts.forEach(c -> a.remove(c.start(), c.end(), c.rule()));
            } else {
                if (prev != null) {
                    a.copy(a.breakStart(prev), prev.end + 1);
                    if (blank != null) {
                        a.copy(a.breakStart(blank), blank.end + 1);
                    }
                }
                line.keptRanges(a.breakStart(line), a::copy);
                line.cuts.forEach(c -> a.remove(c.start(), c.end(), c.rule()));
                prev = line;
                blank = null;
            }
        }
        a.spans.writeTo(a.out);
        return a.out.build();
    }

    /** Where the line break of a line starts: at its {@code "\r\n"} or {@code "\n"}. */
    private int breakStart(Line line) {
        return line.end > line.start && text.charAt(line.end - 1) == '\r' ? line.end - 1 : line.end;
    }

    private void copy(int from, int to) {
        for (int i = from; i < to; i++) {
            int s = draft.origStart(i);
            int e = draft.origEnd(i);
            out.append(text.charAt(i), s, e);
            spans.keep(s, e);
        }
    }

    /** Records draft span [from, to), trimmed of white space, as removed; separators the cleaner inserted are ignored. */
    private void remove(int from, int to, String rule) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && draft.origEnd(i) > draft.origStart(i)) {
                start = Math.min(start, draft.origStart(i));
                end = Math.max(end, draft.origEnd(i));
            }
        }
        if (end > start) {
            spans.remove(start, end, rule);
        }
    }
}
