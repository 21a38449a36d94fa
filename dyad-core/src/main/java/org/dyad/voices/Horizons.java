package org.dyad.voices;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.time.Tense;
import org.dyad.time.TimeNormaliser;

/** A forecast's horizon: the last day a normalised time value covers, and horizons the time tagger misses. Pure. */
final class Horizons {
    /** Horizon phrases the time tagger leaves out ("in the coming weeks and months", "anytime soon"). */
    static final Pattern PHRASES = Pattern.compile("(?i)\\b(coming (?:days|weeks|months)(?: and (?:weeks|months))?"
            + "|(?:weeks|months) ahead|(?:any ?time|very) soon|before long|in the near future|in the future)\\b");

    private Horizons() {
    }

    /** The last day {@code value} covers: a year's 31 December, a month's last day, an interval's end; else null. */
    static String lastDay(String value) {
        if (value == null || value.isBlank() || value.startsWith(">")) {
            return null;
        }
        String v = value.startsWith("<") ? value.substring(1) : value;
        int slash = v.indexOf('/');
        if (slash >= 0) {
            v = v.substring(slash + 1);
        }
        try {
            if (v.matches("\\d{4}")) {
                return v + "-12-31";
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(v).atEndOfMonth().toString();
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return value.startsWith("<") ? LocalDate.parse(v).minusDays(1).toString() : v;
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The day before the first day {@code value} covers ("before next year": 31 December of this one), or null. */
    static String dayBefore(String value) {
        if (value == null) {
            return null;
        }
        String v = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
        try {
            if (v.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(v), 1, 1).minusDays(1).toString();
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(v).atDay(1).minusDays(1).toString();
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v).minusDays(1).toString();
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** A horizon phrase in {@code sentence} the tagger missed, normalised against {@code published}, or null. */
    static ForecastRecord.Horizon phrase(String sentence, LocalDate published) {
        Matcher m = PHRASES.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String text = m.group(1);
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("soon") || lower.equals("before long") || lower.contains("future") || published == null) {
            return new ForecastRecord.Horizon(text, null, null);
        }
        TimeNormaliser.Result r = TimeNormaliser.normalise(lower, null, published, Tense.Orientation.FUTURE, false);
        return new ForecastRecord.Horizon(text, r.value(), lastDay(r.value()));
    }
}
