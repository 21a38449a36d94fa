package org.dyad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.time.Tense.Orientation;

/**
 * Normalises one time expression against the publication date, dyad's own way (the tagger's value is used only for
 * forms no rule here covers). Values: {@code 2023-04-14}, {@code 2023-04}, {@code 2023}, intervals
 * {@code 2023-04-14/2023-04-16}, {@code 2017/2023-04} ("since 2017", up to publication), {@code <2023-04-13}
 * (before publication). Each result names its rule. Pure and thread-safe.
 */
public final class TimeNormaliser {
    /** A normalised value and the rule that produced it; {@code value} is null when the expression has no anchor. */
    public record Result(String value, String rule) {
    }

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern RANGE = Pattern.compile("^(.+?)\\s*(?:through|thru|to|until|till|-|–|—)\\s*(.+)$");
    private static final Pattern YEAR = Pattern.compile("^(?:in |the year |early |late |mid-?|the end of |end of )?((?:19|20)\\d\\d)s?$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^(?:in |early |late |mid-?|the end of |end of )?(" + MONTHS
            + ")\\.?,? ((?:19|20)\\d\\d)$");
    private static final Pattern MONTH_ONLY = Pattern.compile("^(?:in |early |late |mid-?|the end of |end of )?(" + MONTHS + ")\\.?$");
    private static final Pattern MONTH_DAY = Pattern.compile("^(?:on )?(" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?$");
    private static final Pattern DAY_MONTH = Pattern.compile("^(?:on )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(" + MONTHS + ")$");
    private static final Pattern RELATIVE = Pattern.compile(
            "^(earlier |later |early |late )?(last|this|next|past|coming|previous|current) (week|month|year)$");
    private static final Pattern AGO = Pattern.compile("^(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (day|week|month|year)s? ago$");

    private TimeNormaliser() {
    }

    /**
     * @param text      the expression as written
     * @param timex     the tagger's TIMEX value, or null
     * @param published the publication date, or null (then only absolute dates get a value)
     * @param tense     orientation of the governing clause
     * @param since     true when the expression follows "since"
     */
    public static Result normalise(String text, String timex, LocalDate published, Orientation tense, boolean since) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        t = t.replaceFirst("^(on|in|by|from|during|at) ", "").replaceFirst("^the ", "");
        Matcher range = RANGE.matcher(t);
        if (range.matches()) {
            Result a = single(range.group(1), null, published, tense);
            Result b = single(range.group(2), null, published, tense);
            if (a.value() != null && b.value() != null) {
                String bv = b.value();
                if (a.rule().equals("weekday") && b.rule().equals("weekday") && bv.compareTo(a.value()) < 0) {
                    bv = LocalDate.parse(bv).plusWeeks(1).toString();
                }
                return new Result(a.value() + "/" + bv, "range(" + a.rule() + "," + b.rule() + ")");
            }
        }
        Result r = single(t, timex, published, tense);
        if (since && r.value() != null && published != null && !r.value().contains("/")) {
            return new Result(r.value() + "/" + YearMonth.from(published), "since");
        }
        return r;
    }

    private static Result single(String t, String timex, LocalDate p, Orientation tense) {
        Optional<DateParsing.Found> full = DateParsing.find(t);
        if (full.isPresent() && full.get().end() - full.get().start() >= t.length() - 4) {
            return new Result(full.get().date().toString(), "explicit-date");
        }
        Matcher m;
        if ((m = YEAR.matcher(t)).matches()) {
            return new Result(m.group(1), "year");
        }
        if ((m = MONTH_YEAR.matcher(t)).matches()) {
            return new Result(String.format(Locale.ROOT, "%s-%02d", m.group(2), DateParsing.month(m.group(1))), "month-year");
        }
        if (p == null) {
            return new Result(null, "no-publication-date");
        }
        if ((m = MONTH_DAY.matcher(t)).matches() || (m = DAY_MONTH.matcher(t)).matches()) {
            boolean md = m.pattern() == MONTH_DAY;
            int month = DateParsing.month(md ? m.group(1) : m.group(2));
            int day = Integer.parseInt(md ? m.group(2) : m.group(1));
            try {
                return new Result(LocalDate.of(p.getYear(), month, day).toString(), "month-day");
            } catch (java.time.DateTimeException e) {
                return new Result(null, "invalid-date");
            }
        }
        if ((m = MONTH_ONLY.matcher(t)).matches()) {
            int month = DateParsing.month(m.group(1));
            int year = p.getYear();
            if (tense == Orientation.PAST && month > p.getMonthValue()) {
                year--;
            } else if (tense == Orientation.FUTURE && month < p.getMonthValue()) {
                year++;
            }
            return new Result(String.format(Locale.ROOT, "%d-%02d", year, month), "month");
        }
        if ((m = WEEKDAY.matcher(t)).find() && t.length() <= m.end() + 12) {
            return weekday(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)), t, p, tense);
        }
        switch (t) {
            case "today": case "tonight": case "this morning": case "this afternoon": case "this evening":
                return new Result(p.toString(), "deictic");
            case "yesterday": case "last night":
                return new Result(p.minusDays(1).toString(), "deictic");
            case "tomorrow":
                return new Result(p.plusDays(1).toString(), "deictic");
            case "recent": case "recently": case "lately": case "earlier":
                return new Result("<" + p, "recent");
            case "coming weeks": case "coming weeks and months": case "coming months": case "weeks and months ahead":
            case "coming days": case "months ahead": case "weeks ahead":
                return coming(t, p);
            default:
                break;
        }
        if ((m = RELATIVE.matcher(t)).matches()) {
            return relative(m.group(1), m.group(2), m.group(3), p);
        }
        if ((m = AGO.matcher(t)).matches()) {
            int n = number(m.group(1));
            String unit = m.group(2);
            LocalDate d = switch (unit) {
                case "day" -> p.minusDays(n);
                case "week" -> p.minusWeeks(n);
                case "month" -> p.minusMonths(n);
                default -> p.minusYears(n);
            };
            String v = switch (unit) {
                case "day" -> d.toString();
                case "year" -> String.valueOf(d.getYear());
                default -> YearMonth.from(d).toString();
            };
            return new Result(v, "ago");
        }
        if (timex != null && timex.matches("(19|20)\\d\\d(-\\d\\d(-\\d\\d)?)?")) {
            return new Result(timex, "tagger");
        }
        return new Result(null, "unanchored");
    }

    private static Result weekday(DayOfWeek dow, String t, LocalDate p, Orientation tense) {
        boolean future = tense == Orientation.FUTURE || t.startsWith("next ") || t.startsWith("coming ")
                || t.startsWith("this coming ");
        if (t.startsWith("last ") || t.startsWith("past ")) {
            future = false;
        }
        LocalDate d = future ? p.plusDays(1).with(TemporalAdjusters.nextOrSame(dow))
                : p.with(TemporalAdjusters.previousOrSame(dow));
        return new Result(d.toString(), "weekday");
    }

    private static Result relative(String modifier, String which, String unit, LocalDate p) {
        int shift = switch (which) {
            case "last", "past", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        boolean earlier = "earlier ".equals(modifier);
        switch (unit) {
            case "week": {
                LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                if (earlier && shift == 0) {
                    return new Result(monday + "/" + p.minusDays(1), "earlier-this-week");
                }
                return new Result(monday + "/" + monday.plusDays(6), "relative-week");
            }
            case "month": {
                YearMonth ym = YearMonth.from(p).plusMonths(shift);
                if (earlier && shift == 0) {
                    return new Result(ym.atDay(1) + "/" + p.minusDays(1), "earlier-this-month");
                }
                return new Result(ym.toString(), "relative-month");
            }
            default: {
                int y = p.getYear() + shift;
                if (earlier && shift == 0) {
                    return new Result(y + "-01-01/" + p.minusDays(1), "earlier-this-year");
                }
                return new Result(String.valueOf(y), "relative-year");
            }
        }
    }

    private static Result coming(String t, LocalDate p) {
        if (t.contains("month")) {
            YearMonth end = YearMonth.from(p).getMonthValue() <= 6 ? YearMonth.of(p.getYear(), 12)
                    : YearMonth.from(p).plusMonths(6);
            return new Result(YearMonth.from(p) + "/" + end, "coming-months");
        }
        int days = t.contains("days") ? 10 : 42;
        return new Result(p + "/" + p.plusDays(days), "coming-weeks");
    }

    private static int number(String w) {
        return switch (w) {
            case "a", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> Integer.parseInt(w);
        };
    }
}
