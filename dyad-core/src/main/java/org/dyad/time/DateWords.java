package org.dyad.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.Token;

/**
 * Spots the tokens of time expressions by their words, so dyad needs no date tagger (SUTime costs as much as the
 * dependency parser): month and weekday names, years, day numbers beside a month, ISO dates, "today", "yesterday",
 * "last/this/next week|month|year", "N days ago". {@link TimeNormaliser} gives them values. Pure and thread-safe.
 */
final class DateWords {
    private static final Set<String> MONTHS = DateParsing.MONTHS.keySet();
    /** Month names that are also common words: a time only beside a number or a time preposition. */
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "jan", "mar", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "feb", "apr");
    private static final Set<String> MONTH_CUES = Set.of("in", "since", "until", "till", "by", "of", "early", "late",
            "mid", "mid-", "last", "next", "this", "before", "after", "from", "through", "to", "during", "on", "and");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> DEICTIC = Set.of("today", "yesterday", "tomorrow", "tonight");
    private static final Set<String> RELATIVE = Set.of("last", "this", "next", "past", "coming", "previous", "current");
    private static final Set<String> UNITS = Set.of("week", "month", "year", "weekend", "decade", "quarter", "century",
            "spring", "summer", "autumn", "fall", "winter", "weeks", "months", "years", "days", "decades");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d(s)?");
    private static final Pattern ISO = Pattern.compile("(19|20)\\d\\d-\\d\\d-\\d\\d");
    private static final Pattern DAY = Pattern.compile("([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
    private static final Pattern NUMBER = Pattern.compile("\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten");

    private DateWords() {
    }

    /** Whether token {@code i} belongs to a time expression. */
    static boolean isTime(List<Token> ts, int i) {
        String w = lower(ts, i);
        if (w == null) {
            return false;
        }
        if (isMonth(ts, i) || WEEKDAYS.contains(w) && capitalised(ts, i) || DEICTIC.contains(w)
                || ISO.matcher(w).matches() || w.startsWith("mid-") && isMonthWord(w.substring(4))) {
            return true;
        }
        if (YEAR.matcher(w).matches() && isNumber(ts, i)) {
            return true;
        }
        if (DAY.matcher(w).matches() && (isMonth(ts, i - 1) || isMonth(ts, i + 1))) {
            return true; // "April 15", "15 April"
        }
        if (w.equals(",") && DAY.matcher(str(lower(ts, i - 1))).matches() && isMonth(ts, i - 2)
                && YEAR.matcher(str(lower(ts, i + 1))).matches()) {
            return true; // "April 15 , 2023"
        }
        if (RELATIVE.contains(w) && UNITS.contains(str(lower(ts, i + 1)))) {
            return true; // "last month"
        }
        if (UNITS.contains(w) && RELATIVE.contains(str(lower(ts, i - 1)))) {
            return true;
        }
        // "two weeks ago"
        if (w.equals("ago") && UNITS.contains(str(lower(ts, i - 1)))) {
            return true;
        }
        if (UNITS.contains(w) && str(lower(ts, i + 1)).equals("ago")) {
            return true;
        }
        return NUMBER.matcher(w).matches() && UNITS.contains(str(lower(ts, i + 1))) && str(lower(ts, i + 2)).equals("ago");
    }

    private static boolean isMonth(List<Token> ts, int i) {
        String w = lower(ts, i);
        if (w == null || !isMonthWord(w) || !capitalised(ts, i)) {
            return false;
        }
        if (!AMBIGUOUS_MONTHS.contains(w.replace(".", ""))) {
            return true;
        }
        String prev = str(lower(ts, i - 1));
        String next = str(lower(ts, i + 1));
        return MONTH_CUES.contains(prev) || DAY.matcher(next).matches() || YEAR.matcher(next).matches()
                || DAY.matcher(prev).matches();
    }

    private static boolean isMonthWord(String w) {
        return MONTHS.contains(w.replace(".", ""));
    }

    private static boolean isNumber(List<Token> ts, int i) {
        String pos = ts.get(i).pos();
        return pos == null || pos.equals("CD") || pos.startsWith("NN");
    }

    private static boolean capitalised(List<Token> ts, int i) {
        String w = ts.get(i).word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static String lower(List<Token> ts, int i) {
        return i < 0 || i >= ts.size() ? null : ts.get(i).word().toLowerCase(Locale.ROOT);
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }
}
