package org.dyad.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Request parameters, validated in one place: each getter returns a checked value or throws an {@link ApiError}
 * (400) whose message names the parameter, what it must be and what was given.
 */
final class Params {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final int MAX_TEXT = 200;

    private Params() {
    }

    /** A three-letter country or bloc code from the path or the query, upper-cased; null when optional and absent. */
    static String code(String name, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                throw ApiError.badRequest(name + " is required: a three-letter code such as VNM, USA or EUR");
            }
            return null;
        }
        String c = raw.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{3}")) {
            throw ApiError.badRequest(name + " must be a three-letter code such as VNM, USA or EUR, got \""
                    + shorten(raw) + "\"");
        }
        return c;
    }

    static String pathCode(Context ctx, String name) {
        return code(name, ctx.pathParam(name), true);
    }

    static String queryCode(Context ctx, String name) {
        return code(name, ctx.queryParam(name), false);
    }

    /** An ISO date of any precision (2023, 2023-04, 2023-04-16) that exists; null when absent. */
    static String date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String d = raw.strip();
        try {
            if (d.matches("\\d{4}")) {
                return d;
            }
            if (d.matches("\\d{4}-\\d{2}")) {
                YearMonth.parse(d);
                return d;
            }
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate.parse(d);
                return d;
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below
        }
        throw ApiError.badRequest(name + " must be a date such as 2023-04-16, 2023-04 or 2023, got \""
                + shorten(raw) + "\"");
    }

    /** A full ISO day (for resolving forecasts); {@code fallback} when absent. */
    static LocalDate day(Context ctx, String name, LocalDate fallback) {
        String d = date(ctx, name);
        if (d == null) {
            return fallback;
        }
        if (d.length() != 10) {
            throw ApiError.badRequest(name + " must be a full date such as 2024-01-31, got \"" + d + "\"");
        }
        return LocalDate.parse(d);
    }

    /** The last day of the period a date of any precision names: 2023-09 is 2023-09-30, 2023 is 2023-12-31. */
    static String endOf(String date) {
        if (date == null || date.length() == 10) {
            return date;
        }
        if (date.length() == 7) {
            return YearMonth.parse(date).atEndOfMonth().toString();
        }
        return date + "-12-31";
    }

    static int limit(Context ctx) {
        return integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    static int offset(Context ctx) {
        return integer(ctx, "offset", 0, 0, 1_000_000);
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw ApiError.badRequest(name + " must be a whole number from " + min + " to " + max + ", got \""
                + shorten(raw) + "\"");
    }

    static boolean flag(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw ApiError.badRequest(name + " must be true or false, got \"" + shorten(raw) + "\"");
        };
    }

    /** Free text (a search, a name to match), stripped; null when absent. */
    static String text(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_TEXT) {
            throw ApiError.badRequest(name + " must be at most " + MAX_TEXT + " characters, got " + raw.length());
        }
        return raw.strip();
    }

    /** One of the given values; {@code fallback} when absent. */
    static String choice(Context ctx, String name, String fallback, java.util.List<String> allowed) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String v = raw.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw ApiError.badRequest(name + " must be one of " + String.join(", ", allowed) + ", got \""
                    + shorten(raw) + "\"");
        }
        return v;
    }

    /** An article's numeric id from the path. */
    static long id(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        if (!raw.matches("[1-9][0-9]{0,17}")) {
            throw ApiError.badRequest(name + " must be an article number such as 5, got \"" + shorten(raw) + "\"");
        }
        return Long.parseLong(raw);
    }

    static String shorten(String s) {
        String one = s.replaceAll("[\\p{Cntrl}]", "?");
        return one.length() <= 40 ? one : one.substring(0, 37) + "...";
    }
}
