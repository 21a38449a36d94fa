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

    /** Seasons by name ("before the autumn", "by the summer of 2024"); meteorological seasons of the north. */
    static final Pattern SEASONS = Pattern.compile("(?i)\\b(before|by|until|in|over) (?:the )?(spring|summer|autumn|fall|"
            + "winter)(?: of (\\d{4}))?\\b");
    private static final java.util.Map<String, Integer> SEASON_START = java.util.Map.of("spring", 3, "summer", 6,
            "autumn", 9, "fall", 9, "winter", 12);

    private Horizons() {
    }

    /**
     * A season's horizon: "before the autumn" ends the day before the next autumn begins (1 September), "by" or "in"
     * the autumn at its end (30 November); the season is the next one after publication unless a year is given.
     */
    static ForecastRecord.Horizon season(String sentence, LocalDate published) {
        Matcher m = SEASONS.matcher(sentence);
        if (!m.find() || published == null && m.group(3) == null) {
            return null;
        }
        int month = SEASON_START.get(m.group(2).toLowerCase(Locale.ROOT));
        LocalDate start = m.group(3) != null ? LocalDate.of(Integer.parseInt(m.group(3)), month, 1)
                : LocalDate.of(published.getYear(), month, 1);
        if (m.group(3) == null && start.plusMonths(3).isBefore(published)) {
            start = start.plusYears(1); // the autumn after a November article is next year's
        }
        boolean before = m.group(1).equalsIgnoreCase("before") || m.group(1).equalsIgnoreCase("until");
        LocalDate by = before ? start.minusDays(1) : start.plusMonths(3).minusDays(1);
        String value = YearMonth.from(start) + "/" + YearMonth.from(start.plusMonths(2));
        return new ForecastRecord.Horizon(m.group(), value, by.toString());
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
        ForecastRecord.Horizon season = season(sentence, published);
        if (season != null) {
            return season;
        }
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
