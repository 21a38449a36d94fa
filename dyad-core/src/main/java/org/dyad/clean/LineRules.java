package org.dyad.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.text.CleanText;

/**
 * Applies the text scopes of a {@link BoilerplateRules} to a draft, line by line, and assembles the cleaned text.
 * The draft is plain text with NBSPs made spaces, or the paragraphs extracted from an HTML page; its own offset map
 * and removed spans carry through to the result. Thread-safe (holds only the immutable rules).
 */
final class LineRules {
    private static final Pattern DASHES = Pattern.compile("-{3,}");
    /** A kept line at least this long is article text: a comment-section heading after it cuts the rest. */
    private static final int ARTICLE_LINE = 60;

    private final BoilerplateRules rules;

    LineRules(BoilerplateRules rules) {
        this.rules = rules;
    }

    CleanText apply(CleanText draft) {
        return Assembler.assemble(draft, decide(draft.text()));
    }

    /** Splits {@code text} into lines and decides, for each, whether it stays and what is cut from it. */
    List<Line> decide(String text) {
        List<Line> lines = Line.split(text);
        header(lines, text);
        boolean article = false;
        Rule tail = null;
        for (Line line : lines) {
            if (line.blank || line.rule != null) {
                continue;
            }
            cut(line, text);
            if (line.emptied) {
                continue;
            }
            if (tail != null) {
                line.rule = tail.id();
                continue;
            }
            Rule t = rules.first(Scope.TAIL, line.content);
            Rule r = t != null ? t : rules.first(Scope.LINE, line.content);
            if (r != null) {
                line.rule = r.id();
                tail = t != null && article ? t : null;
            } else {
                article |= line.content.length() >= ARTICLE_LINE;
            }
        }
        repeats(lines);
        return lines;
    }

    /** Marks a leading block of header lines closed by a line of dashes. */
    private void header(List<Line> lines, String text) {
        Rule first = null;
        int k = 0;
        for (; k < lines.size(); k++) {
            Line line = lines.get(k);
            String s = text.substring(line.start, line.end).replace("\uFEFF", "").strip();
            Rule r = rules.first(Scope.HEADER, s);
            if (r == null) {
                break;
            }
            first = first == null ? r : first;
        }
        if (first == null || k == lines.size()) {
            return;
        }
        Line close = lines.get(k);
        if (DASHES.matcher(text.substring(close.start, close.end).strip()).matches()) {
            for (int i = 0; i <= k; i++) {
                lines.get(i).rule = first.id();
            }
        }
    }

    /** Applies inline rules and sets the line's content (the text left, trimmed). */
    private void cut(Line line, String text) {
        String s = text.substring(line.start, line.end);
        for (Rule r : rules.of(Scope.INLINE)) {
            Matcher m = r.regex().matcher(s);
            while (m.find()) {
                if (m.end() > m.start()) {
                    int a = m.start();
                    int b = m.end();
                    if (a == 0 || isSpace(s.charAt(a - 1))) {
                        while (b < s.length() && isSpace(s.charAt(b))) {
                            b++;
                        }
                    }
                    if (b == s.length()) {
                        while (a > 0 && isSpace(s.charAt(a - 1))) {
                            a--;
                        }
                    }
                    line.cuts.add(new Line.Cut(line.start + a, line.start + b, r.id()));
                }
            }
        }
        if (line.cuts.isEmpty()) {
            line.content = s.strip();
            return;
        }
        line.cuts.sort((x, y) -> Integer.compare(x.start(), y.start()));
        StringBuilder left = new StringBuilder();
        line.keptRanges(line.end, (from, to) -> left.append(text, from, to));
        line.content = left.toString().strip();
        line.emptied = line.content.isEmpty();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** Runs of identical consecutive kept paragraphs: captions all go, other repeats keep their first copy. */
    private void repeats(List<Line> lines) {
        List<Line> kept = lines.stream().filter(Line::kept).toList();
        int i = 0;
        while (i < kept.size()) {
            String content = kept.get(i).content;
            int j = i + 1;
            while (j < kept.size() && kept.get(j).content.equals(content)) {
                j++;
            }
            if (j - i >= 2) {
                Rule caption = rules.first(Scope.CAPTION, content);
                Rule dup = caption != null ? caption : rules.first(Scope.DUPLICATE, content);
                for (int k = caption != null ? i : i + 1; dup != null && k < j; k++) {
                    kept.get(k).rule = dup.id();
                }
            }
            i = j;
        }
    }
}
