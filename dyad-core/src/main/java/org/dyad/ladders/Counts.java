package org.dyad.ladders;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers a sentence states about a rung: "17 strategic partners", "the eighth country", "with 13 countries". */
final class Counts {
    /** A number in digits or words, one to twenty. */
    private static final String N = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";
    private static final Pattern CARDINAL = Pattern.compile("\\b(\\d{1,3}|one|two|three|four|five|six|seven|eight|"
            + "nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
            + "a dozen)\\s+((?:[\\w-]+\\s+){0,3}?)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTRIES_AT = Pattern.compile("\\b" + N + " (?:countries|nations|partners|states) "
            + "(?:had |have |has )?(?:at|in|on|reached|reach) ", Pattern.CASE_INSENSITIVE);
    private static final Pattern WITH_N = Pattern.compile("\\s+with\\s+" + N + "\\s+(?:other\\s+)?"
            + "(?:countries|nations|states|partners)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL = Pattern.compile("\\b(second|third|fourth|fifth|sixth|seventh|eighth|"
            + "ninth|tenth|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th)) (country|member|nation|partner|state)\\b"
            + "|\\b(country|member|nation) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");
    private static final List<String> ORDINALS = List.of("zeroth", "first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");

    private Counts() {
    }

    /** A number counting the rung's partners, or null. */
    static Integer count(SentenceView v, int start, int end, boolean group) {
        String before = v.text.substring(0, start);
        if (group) {
            Matcher m = CARDINAL.matcher(before);
            if (m.find() && m.group(2).matches("(?i)((of\\s+)?(its|their|his|her|[\\w.]+['\u2019]s)\\s+)?"
                    + "((other|more|new|formal|official|such)\\s+)?")) {
                return number(m.group(1));
            }
            Matcher c = COUNTRIES_AT.matcher(before);
            if (c.find() && before.length() - c.end() < 12) {
                return number(c.group(1));
            }
            Matcher w = WITH_N.matcher(v.text.substring(end));
            if (w.lookingAt()) {
                return number(w.group(1)); // "comprehensive partnerships with 13 countries"
            }
        }
        Matcher o = ORDINAL.matcher(v.text);
        while (o.find()) {
            String after = v.text.substring(o.end(), Math.min(v.text.length(), o.end() + 30)).toLowerCase(Locale.ROOT);
            if (after.matches("^\\s+(of|in) (the )?(european|association|asean|eu\\b|southeast|south|east|west|"
                    + "africa|latin|the european).*")) {
                continue;
            }
            if (o.start() < start || o.group(3) != null) {
                String ord = o.group(1) != null ? o.group(1) : o.group(4);
                return ordinal(ord);
            }
        }
        return null;
    }

    static Integer number(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.matches("\\d+")) {
            return Integer.parseInt(l);
        }
        if (l.equals("a dozen")) {
            return 12;
        }
        int i = NUMBERS.indexOf(l);
        return i >= 0 ? i : null;
    }

    static Integer ordinal(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.matches("\\d+(st|nd|rd|th)")) {
            return Integer.parseInt(l.replaceAll("\\D", ""));
        }
        int i = ORDINALS.indexOf(l);
        return i >= 0 ? i : null;
    }
}
