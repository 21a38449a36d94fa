package org.dyad.lang;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.data.Tsv;

/**
 * Tells an article's language cheaply, from its letters' Unicode scripts and the share of each language's frequent
 * function words ({@code dyad/lang/languages.tsv}). Built to decide one thing safely: whether a text is English. A
 * text is called another language only when that language's stopwords clearly outnumber English ones (or its script
 * is not Latin); too little text to tell gives {@link #UNDETERMINED}. Names of foreign people and places in an English
 * article are not stopwords, so they do not tip it. Thread-safe and immutable.
 */
public final class LanguageDetector {
    public static final String DATA_FILE = "dyad/lang/languages.tsv";
    /** What {@link #detect} says when the text is too short or too mixed to tell. */
    public static final String UNDETERMINED = "und";
    /** At most this many characters are looked at. */
    static final int SAMPLE_CHARS = 20_000;
    /** Fewer stopword hits than this, and a Latin-script text is undetermined. */
    static final int MIN_HITS = 4;
    /** Another Latin-script language must have this many times English's stopword hits. */
    static final double MARGIN = 2.0;

    private record Language(String code, String script, Set<String> stopwords) {
    }

    private static volatile LanguageDetector standard;

    private final List<Language> languages;
    private final Map<UnicodeScript, List<Language>> byScript = new EnumMap<>(UnicodeScript.class);

    private LanguageDetector(Tsv data) {
        List<Language> langs = new ArrayList<>();
        for (Tsv.Row r : data.rows()) {
            UnicodeScript script;
            try {
                script = UnicodeScript.valueOf(r.get("script").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown script \"" + r.get("script") + "\" (use a java.lang.Character.UnicodeScript name)");
            }
            Set<String> words = new HashSet<>();
            for (String w : r.get("stopwords").split(" ")) {
                if (!w.isBlank()) {
                    words.add(w.strip().toLowerCase(Locale.ROOT));
                }
            }
            Language l = new Language(r.get("code"), script.name(), Set.copyOf(words));
            langs.add(l);
            byScript.computeIfAbsent(script, s -> new ArrayList<>()).add(l);
        }
        if (langs.stream().noneMatch(l -> l.code().equals("en"))) {
            throw new IllegalArgumentException(data.name() + ": English (en) must be listed");
        }
        this.languages = List.copyOf(langs);
    }

    /** The detector over the bundled data file. */
    public static LanguageDetector standard() {
        LanguageDetector d = standard;
        if (d == null) {
            d = new LanguageDetector(Tsv.resource(DATA_FILE, "code", "name", "script", "stopwords"));
            standard = d;
        }
        return d;
    }

    /** The ISO 639-1 code of the text's language, or {@link #UNDETERMINED}. */
    public String detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        int total = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                UnicodeScript s = UnicodeScript.of(cp);
                letters.merge(s == UnicodeScript.KATAKANA ? UnicodeScript.HIRAGANA : s, 1, Integer::sum);
                total++;
            }
        }
        if (total < 20) {
            return UNDETERMINED;
        }
        UnicodeScript main = null;
        int most = 0;
        for (Map.Entry<UnicodeScript, Integer> e : letters.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                main = e.getKey();
            }
        }
        // Japanese mixes kana with Han: any real share of kana makes it Japanese.
        if (main == UnicodeScript.HAN && letters.getOrDefault(UnicodeScript.HIRAGANA, 0) > total / 10) {
            main = UnicodeScript.HIRAGANA;
        }
        if (most < total / 2) {
            return UNDETERMINED;
        }
        List<Language> candidates = byScript.getOrDefault(main, List.of());
        if (candidates.isEmpty()) {
            return UNDETERMINED;
        }
        if (candidates.size() == 1 && candidates.get(0).stopwords().isEmpty()) {
            return candidates.get(0).code();
        }
        Map<String, Integer> hits = stopwordHits(sample, candidates);
        String best = null;
        int bestHits = 0;
        for (Language l : candidates) {
            int h = hits.getOrDefault(l.code(), 0);
            if (h > bestHits) {
                best = l.code();
                bestHits = h;
            }
        }
        if (main != UnicodeScript.LATIN) {
            return best != null ? best : candidates.get(0).code();
        }
        if (best == null || bestHits < MIN_HITS) {
            return UNDETERMINED;
        }
        int english = hits.getOrDefault("en", 0);
        if (best.equals("en") || bestHits < MARGIN * english) {
            return english >= MIN_HITS ? "en" : UNDETERMINED;
        }
        return best;
    }

    private static Map<String, Integer> stopwordHits(String text, List<Language> candidates) {
        Map<String, Integer> hits = new HashMap<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\u200C');
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                for (Language l : candidates) {
                    if (l.stopwords().contains(w)) {
                        hits.merge(l.code(), 1, Integer::sum);
                    }
                }
                start = -1;
            }
        }
        return hits;
    }

    /** The languages the data file lists, by code. */
    public List<String> codes() {
        return languages.stream().map(Language::code).toList();
    }
}
