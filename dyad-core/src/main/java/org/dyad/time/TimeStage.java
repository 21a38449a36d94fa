package org.dyad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.Layers;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpr;
import org.dyad.model.Token;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;

/**
 * Finds time expressions (the tagger's DATE/TIME/DURATION runs, joined across "through"/"to"/"-" into ranges, plus
 * forms taggers miss such as "in the coming weeks and months" and "recent") and normalises each with
 * {@link TimeNormaliser}, anchored on the publication date and on the tense of its own clause ({@link Tense}).
 */
public final class TimeStage implements Stage {
    public static final String NAME = "times";
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION");
    private static final Set<String> RANGE_WORDS = Set.of("through", "thru", "to", "until", "till", "-", "–", "—");
    private static final Set<String> LEFT_MODIFIERS = Set.of("earlier", "later", "early", "late", "mid", "mid-");
    private static final Pattern EXTRA = Pattern.compile(
            "\\b(?:(?:in|over) )?the (?:coming|next few) (?:days|weeks and months|weeks|months)\\b|\\brecent(?:ly)?\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<org.dyad.pipeline.Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.META, Layers.CLEAN);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.TIMES);
    }

    @Override
    public void process(Doc doc) {
        String text = doc.get(Layers.CLEAN).text();
        LocalDate pub = doc.get(Layers.META).published().orElse(null);
        List<TimeExpr> out = new ArrayList<>();
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            List<int[]> runs = runs(s);
            for (int[] r : runs) {
                out.add(expr(text, s, r[0], r[1], pub));
            }
            Matcher m = EXTRA.matcher(text).region(s.begin(), s.end());
            while (m.find()) {
                int a = tokenAt(s, m.start());
                int b = tokenAt(s, m.end() - 1);
                if (a >= 0 && b >= 0 && runs.stream().noneMatch(r -> r[0] <= b && a <= r[1])) {
                    out.add(expr(text, s, a, b, pub));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(TimeExpr::begin));
        doc.put(Layers.TIMES, List.copyOf(out));
    }

    /**
     * Token index ranges [first, last] of time expressions in the sentence: runs of tokens the tagger marks as
     * DATE/TIME/DURATION or {@link DateWords} recognises, split where the tagger gives two different values.
     */
    private static List<int[]> runs(Sentence s) {
        List<int[]> runs = new ArrayList<>();
        List<Token> ts = s.tokens();
        int i = 0;
        while (i < ts.size()) {
            if (!isTime(ts, i)) {
                i++;
                continue;
            }
            int j = extend(ts, i);
            // "Friday through Sunday": two runs joined by a range word become one expression.
            if (j + 2 < ts.size() && RANGE_WORDS.contains(ts.get(j + 1).word().toLowerCase(Locale.ROOT))
                    && isTime(ts, j + 2)) {
                j = extend(ts, j + 2);
            }
            int start = i;
            if (start > 0 && LEFT_MODIFIERS.contains(ts.get(start - 1).word().toLowerCase(Locale.ROOT))) {
                start--;
            }
            runs.add(new int[] {start, j});
            i = j + 1;
        }
        return runs;
    }

    private static boolean isTime(List<Token> ts, int i) {
        return TIME_TAGS.contains(ts.get(i).ner()) || DateWords.isTime(ts, i);
    }

    /** The last token of the run starting at {@code i}. */
    private static int extend(List<Token> ts, int i) {
        int j = i;
        while (j + 1 < ts.size() && isTime(ts, j + 1) && !differentValues(ts.get(j), ts.get(j + 1))) {
            j++;
        }
        return j;
    }

    private static boolean differentValues(Token a, Token b) {
        return a.timex() != null && b.timex() != null && !a.timex().equals(b.timex());
    }

    private static TimeExpr expr(String text, Sentence s, int a, int b, LocalDate pub) {
        List<Token> ts = s.tokens();
        int begin = ts.get(a).begin();
        int end = ts.get(b).end();
        String surface = text.substring(begin, end);
        boolean since = a > 0 && ts.get(a - 1).word().equalsIgnoreCase("since");
        if (!since && a > 0 && ts.get(a - 1).word().equalsIgnoreCase("in") && a > 1
                && ts.get(a - 2).word().equalsIgnoreCase("since")) {
            since = true;
        }
        String timex = ts.get(b).timex();
        TimeNormaliser.Result r = TimeNormaliser.normalise(surface, timex, pub, Tense.of(s, head(s, a, b)), since);
        return new TimeExpr(begin, end, surface, timex, r.value(), r.rule());
    }

    /** The token of [a, b] whose governor lies outside the span (the expression's syntactic head). */
    private static int head(Sentence s, int a, int b) {
        for (int i = b; i >= a; i--) {
            var h = s.head(i);
            if (h == null || h.gov() < a || h.gov() > b) {
                return i;
            }
        }
        return b;
    }

    private static int tokenAt(Sentence s, int charIndex) {
        for (Token t : s.tokens()) {
            if (t.begin() <= charIndex && charIndex < t.end()) {
                return t.index();
            }
        }
        return -1;
    }
}
