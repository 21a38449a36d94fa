package org.dyad.ladders;

/**
 * Comparisons of ISO dates of any precision ({@code 2013}, {@code 2013-07}, {@code 2013-07-25}), as the reference
 * history and statements write them. A partial date stands for its first day when compared with a finer one.
 */
final class Dates {
    private Dates() {
    }

    /** True when {@code date} is on or before {@code asOf}; an undated record (null) holds at every date. */
    static boolean onOrBefore(String date, String asOf) {
        return date == null || asOf == null || date.compareTo(asOf) <= 0;
    }

    /** True when two dates can name the same moment ("2016" and "2016-09"; not "2006" and "2009"). */
    static boolean compatible(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        return a.startsWith(b) || b.startsWith(a);
    }

    /** The first date of a statement value: {@code 2013} of {@code 2013/2023-04}, {@code null} of {@code <2023}. */
    static String from(String value) {
        return PartnershipRecord.range(value)[0];
    }

    /** The last date of a statement value. */
    static String to(String value) {
        return PartnershipRecord.range(value)[1];
    }
}
