package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.data.Tsv;

/**
 * The actor dictionaries under {@code dyad/actors/} on the classpath: countries (names, aliases, demonyms,
 * capitals), ethnic groups of one country, metonyms, organisations, never-actor places, titles, sector keywords and dated office holders. Loaded
 * once ({@link #standard()}); immutable and thread-safe.
 */
public final class ActorDictionary {
    private static final String DIR = "dyad/actors/";
    private static volatile ActorDictionary standard;

    private final Gazetteer gazetteer;
    private final List<Title> titles;
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> orgCountry = new HashMap<>();
    private final List<String[]> sectorKeywords = new ArrayList<>();
    private final Map<String, List<OfficeHolder>> holdersByToken = new HashMap<>();
    private final Map<String, List<OfficeHolder>> holdersByFamilyName = new HashMap<>();
    /**
     * Countries whose leaders' names are written family name first in English news ("Xi Jinping" is "Xi", "Yoon
     * Suk Yeol" is "Yoon"); Vietnamese leaders are called by the last name ("Chinh"), as are most others.
     */
    private static final java.util.Set<String> FAMILY_NAME_FIRST = java.util.Set.of("CHN", "TWN", "KOR", "PRK", "SGP",
            "KHM", "HKG", "MAC");
    private final List<OfficeHolder> holders = new ArrayList<>();
    private final Map<String, SharedName> sharedNames = new HashMap<>();

    /** A place name two or more countries share ({@code shared-names.tsv}): the first code is the usual reading. */
    public record SharedName(String name, List<String> codes, String source) {
    }

    private ActorDictionary() {
        List<Entry> entries = new ArrayList<>();
        for (Tsv.Row r : Tsv.resource(DIR + "countries.tsv", "code", "name", "aliases", "ambiguous", "demonyms",
                "capitals").rows()) {
            String code = r.get("code");
            String name = r.get("name");
            String src = "countries.tsv:" + r.line();
            countryNames.put(code, name);
            entries.add(new Entry(name, Entry.Kind.COUNTRY, code, name, null, src));
            r.list("aliases").forEach(a -> entries.add(new Entry(a, Entry.Kind.COUNTRY, code, name, null, src)));
            r.list("ambiguous").forEach(a -> entries.add(new Entry(a, Entry.Kind.COUNTRY_AMBIGUOUS, code, name, null, src)));
            r.list("demonyms").forEach(a -> entries.add(new Entry(a, Entry.Kind.DEMONYM, code, name, null, src)));
            r.list("capitals").forEach(a -> entries.add(new Entry(a, Entry.Kind.CAPITAL, code, name, null, src)));
        }
        java.util.Set<String> national = new java.util.HashSet<>();
        entries.forEach(e -> national.add(e.text()));
        for (Tsv.Row r : Tsv.resource(DIR + "ethnic-groups.tsv", "names", "code", "source").rows()) {
            String code = r.get("code");
            if (!countryNames.containsKey(code)) {
                throw r.error("unknown country code \"" + code + "\" (it must be in countries.tsv)");
            }
            for (String n : r.list("names")) {
                if (!national.add(n)) {
                    throw r.error("\"" + n + "\" is already a country name, demonym or group (names must be unique)");
                }
                entries.add(new Entry(n, Entry.Kind.ETHNIC, code, countryNames.get(code), null,
                        "ethnic-groups.tsv:" + r.line()));
            }
        }
        for (Tsv.Row r : Tsv.resource(DIR + "metonyms.tsv", "phrase", "code", "sector").rows()) {
            String code = r.get("code");
            entries.add(new Entry(r.get("phrase"), Entry.Kind.METONYM, code, countryNames.getOrDefault(code, code),
                    emptyToNull(r.get("sector")), "metonyms.tsv:" + r.line()));
        }
        for (Tsv.Row r : Tsv.resource(DIR + "organisations.tsv", "code", "name", "aliases", "type", "sector",
                "country").rows()) {
            String src = "organisations.tsv:" + r.line();
            Entry base = new Entry(r.get("name"), Entry.Kind.ORGANIZATION, r.get("code"), r.get("name"),
                    emptyToNull(r.get("sector")), src);
            entries.add(base);
            r.list("aliases").forEach(a -> entries.add(new Entry(a, base.kind(), base.code(), base.name(), base.sector(), src)));
            if (!r.get("country").isEmpty()) {
                orgCountry.put(r.get("code"), r.get("country"));
            }
        }
        for (Tsv.Row r : Tsv.resource(DIR + "places.tsv", "name", "kind", "code").rows()) {
            entries.add(new Entry(r.get("name"), Entry.Kind.PLACE, emptyToNull(r.get("code")), r.get("name"), null,
                    "places.tsv:" + r.line()));
        }
        this.gazetteer = new Gazetteer(entries);
        List<Title> ts = new ArrayList<>();
        for (Tsv.Row r : Tsv.resource(DIR + "titles.tsv", "title", "sector", "role").rows()) {
            ts.add(new Title(r.get("title"), r.get("sector"), r.get("role"), "titles.tsv:" + r.line()));
        }
        ts.sort(Comparator.comparingInt((Title t) -> t.text().length()).reversed());
        this.titles = List.copyOf(ts);
        for (Tsv.Row r : Tsv.resource(DIR + "sector-keywords.tsv", "keyword", "sector").rows()) {
            sectorKeywords.add(new String[] {r.get("keyword"), r.get("sector")});
        }
        loadOfficeHolders();
        for (Tsv.Row r : Tsv.resource(DIR + "shared-names.tsv", "name", "codes").rows()) {
            List<String> codes = r.list("codes");
            for (String c : codes) {
                if (!countryNames.containsKey(c)) {
                    throw r.error("unknown country code \"" + c + "\" (codes are ISO alpha-3 codes of countries.tsv)");
                }
            }
            if (codes.size() < 2) {
                throw r.error("a shared name needs two codes or more, got " + codes);
            }
            sharedNames.put(r.get("name"), new SharedName(r.get("name"), codes, "shared-names.tsv:" + r.line()));
        }
    }

    /** The countries that share place name {@code name} (exactly as written), if it is listed. */
    public java.util.Optional<SharedName> sharedName(String name) {
        return java.util.Optional.ofNullable(sharedNames.get(name));
    }

    private void loadOfficeHolders() {
        if (getClass().getClassLoader().getResource(DIR + "office-holders.tsv") == null) {
            return;
        }
        for (Tsv.Row r : Tsv.resource(DIR + "office-holders.tsv", "person", "aliases", "country", "office", "sector",
                "start", "end").rows()) {
            OfficeHolder h = new OfficeHolder(r.get("person"), r.list("aliases"), r.get("country"), r.get("office"),
                    r.get("sector"), startOf(r, r.get("start")), r.get("end").isEmpty() ? null : endOf(r, r.get("end")),
                    r.cells().getOrDefault("source", ""), "yes".equalsIgnoreCase(r.cells().getOrDefault("verified", "")));
            holders.add(h);
            List<String> names = new ArrayList<>(h.aliases());
            names.add(h.person());
            for (String n : names) {
                String[] parts = Names.fold(n).split("\\s+");
                holdersByToken.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>()).add(h);
                if (FAMILY_NAME_FIRST.contains(h.country()) && parts.length > 1) {
                    // "President Xi", "Chairman Kim": the family name comes first
                    holdersByFamilyName.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(h);
                }
            }
        }
    }

    /** The dictionaries shipped with dyad, loaded on first use. */
    public static ActorDictionary standard() {
        ActorDictionary d = standard;
        if (d == null) {
            synchronized (ActorDictionary.class) {
                d = standard;
                if (d == null) {
                    d = new ActorDictionary();
                    standard = d;
                }
            }
        }
        return d;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Titles, longest first. */
    public List<Title> titles() {
        return titles;
    }

    /** Short English name of a country code, or the code itself when unknown. */
    public String countryName(String code) {
        return countryNames.getOrDefault(code, code);
    }

    public boolean isCountry(String code) {
        return countryNames.containsKey(code);
    }

    /** Headquarters country of a non-governmental organisation, if listed. */
    public Optional<String> organisationCountry(String orgCode) {
        return Optional.ofNullable(orgCountry.get(orgCode));
    }

    /** The sector the first keyword found in {@code name} gives, if any. */
    public Optional<String> sectorOf(String name) {
        for (String[] kw : sectorKeywords) {
            if (java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(kw[0]) + "(?![\\p{L}])")
                    .matcher(name).find()) {
                return Optional.of(kw[1]);
            }
        }
        return Optional.empty();
    }

    /**
     * Office holders whose name or alias matches {@code fullName} (tokens equal, the last one allowed to differ by
     * one letter, for mistranslated names), in office on {@code date} if given; most specific first.
     */
    public List<OfficeHolder> holders(String fullName, LocalDate date) {
        String[] want = Names.fold(fullName).split("\\s+");
        List<OfficeHolder> out = new ArrayList<>();
        for (Map.Entry<String, List<OfficeHolder>> e : holdersByToken.entrySet()) {
            if (!Fuzzy.sameName(e.getKey(), want[want.length - 1])) {
                continue;
            }
            for (OfficeHolder h : e.getValue()) {
                if (!out.contains(h) && h.heldOn(date) && matchesAny(h, want)) {
                    out.add(h);
                }
            }
        }
        return out;
    }

    /**
     * Holders a bare name with a title may stand for: by last name as in {@link #holders}, and for leaders whose
     * family name comes first, by that name ("President Xi", "Premier Li"), which alone would be too common to
     * read without the title.
     */
    public List<OfficeHolder> titledHolders(String name) {
        List<OfficeHolder> out = new ArrayList<>(holders(name, null));
        for (OfficeHolder h : holdersByFamilyName.getOrDefault(Names.fold(name), List.of())) {
            if (!out.contains(h)) {
                out.add(h);
            }
        }
        return out;
    }

    private static boolean matchesAny(OfficeHolder h, String[] want) {
        List<String> names = new ArrayList<>(h.aliases());
        names.add(h.person());
        for (String n : names) {
            String[] have = Names.fold(n).split("\\s+");
            if (want.length == 1 || Fuzzy.sameFullName(have, want)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate startOf(Tsv.Row r, String v) {
        try {
            return switch (v.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(v), 1, 1);
                case 7 -> LocalDate.parse(v + "-01");
                default -> LocalDate.parse(v);
            };
        } catch (RuntimeException e) {
            throw r.error("bad date \"" + v + "\" (use YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }

    private static LocalDate endOf(Tsv.Row r, String v) {
        LocalDate s = startOf(r, v);
        return switch (v.length()) {
            case 4 -> s.withMonth(12).withDayOfMonth(31);
            case 7 -> s.withDayOfMonth(s.lengthOfMonth());
            default -> s;
        };
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
