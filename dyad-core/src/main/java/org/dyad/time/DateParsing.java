package org.dyad.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the explicit calendar dates news text and page metadata use. Pure functions; thread-safe. */
public final class DateParsing {
    private DateParsing() {
    }

    public static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    /** "April 13, 2023" / "Apr. 13 2023". */
    public static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    /** "13 April 2023". */
    public static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    /** "2023-04-13", "2023/04/13", also the date part of an ISO date-time. */
    public static final Pattern ISO = Pattern.compile("\\b(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d/])");

    /** A date found in text, with where it stands. */
    public record Found(LocalDate date, int start, int end) {
    }

    /** The first explicit full date in {@code s}, in any of the supported forms. */
    public static Optional<Found> find(String s) {
        Found best = null;
        for (Pattern p : new Pattern[] {ISO, MDY, DMY}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                Optional<LocalDate> d = toDate(p, m);
                if (d.isPresent()) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(d.get(), m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Parses a whole value such as a meta tag's content ("2023-09-10T14:00:00+07:00", "September 10, 2023"). */
    public static Optional<LocalDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return find(value.trim()).map(Found::date);
    }

    private static Optional<LocalDate> toDate(Pattern p, Matcher m) {
        try {
            if (p == ISO) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            if (p == MDY) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)),
                        Integer.parseInt(m.group(2))));
            }
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
                    Integer.parseInt(m.group(1))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static int month(String name) {
        Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        if (m == null) {
            throw new IllegalArgumentException("not a month: " + name);
        }
        return m;
    }
}
