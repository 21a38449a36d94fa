package org.dyad.copies.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The transformations {@link CopyEval} applies to an article's cleaned text to make copies of known type. The spinner
 * uses its own synonym list, written apart from the detector's ({@code dyad/copies/synonyms.tsv}), so that the
 * evaluation does not test the detector's list against itself. Deterministic for a given random generator.
 */
public final class Variants {
    /** The spinner's substitutions (word to replacement), not the detector's list. */
    static final Map<String, String> SPIN = Map.ofEntries(
            Map.entry("talks", "discussions"), Map.entry("agreed", "consented"), Map.entry("leaders", "heads"),
            Map.entry("between", "amongst"), Map.entry("first", "initial"), Map.entry("support", "backing"),
            Map.entry("cooperation", "collaboration"), Map.entry("strengthen", "fortify"),
            Map.entry("relationship", "rapport"), Map.entry("said", "mentioned"), Map.entry("visit", "go to"),
            Map.entry("comprehensive", "complete"), Map.entry("defence", "protection"),
            Map.entry("defense", "protection"), Map.entry("partner", "companion"), Map.entry("partners", "companions"),
            Map.entry("traffic", "site visitors"), Map.entry("trade", "commerce"), Map.entry("party", "celebration"),
            Map.entry("general", "common"), Map.entry("red", "crimson"), Map.entry("national", "nationwide"),
            Map.entry("country", "nation"), Map.entry("countries", "nations"), Map.entry("new", "brand new"),
            Map.entry("meet", "satisfy"), Map.entry("meeting", "assembly"), Map.entry("expected", "anticipated"),
            Map.entry("important", "vital"), Map.entry("major", "main"), Map.entry("large", "massive"),
            Map.entry("began", "started"), Map.entry("help", "assist"), Map.entry("told", "advised"),
            Map.entry("raise", "elevate"), Map.entry("raised", "elevated"), Map.entry("upgrade", "improve"),
            Map.entry("statement", "assertion"), Map.entry("foreign", "overseas"), Map.entry("highest", "uppermost"),
            Map.entry("economic", "financial"), Map.entry("security", "safety"), Map.entry("quickly", "swiftly"),
            Map.entry("many", "quite a few"), Map.entry("week", "weekend"), Map.entry("government", "authorities"),
            Map.entry("official", "formal"), Map.entry("officials", "officers"), Map.entry("also", "moreover"),
            Map.entry("however", "nevertheless"), Map.entry("years", "yrs"), Map.entry("decades", "many years"),
            Map.entry("think", "assume"), Map.entry("announced", "introduced"), Map.entry("level", "degree"),
            Map.entry("top", "prime"), Map.entry("ties", "relations"), Map.entry("war", "battle"),
            Map.entry("law", "legislation"), Map.entry("respect", "regard"), Map.entry("weapons", "arms"), Map.entry("equipment", "tools"),
            Map.entry("market", "marketplace"), Map.entry("goods", "items"), Map.entry("critical", "vital"),
            Map.entry("emerging", "rising"), Map.entry("technologies", "applied sciences"),
            Map.entry("with", "alongside"), Map.entry("after", "following"), Map.entry("about", "regarding"),
            Map.entry("more", "extra"), Map.entry("where", "the place"), Map.entry("because", "as a result of"),
            Map.entry("before", "earlier than"), Map.entry("would", "might"), Map.entry("could", "may"),
            Map.entry("people", "individuals"), Map.entry("while", "whereas"), Map.entry("during", "throughout"),
            Map.entry("against", "in opposition to"), Map.entry("including", "together with"),
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("five", "5"), Map.entry("last", "final"),
            Map.entry("other", "different"), Map.entry("called", "known as"), Map.entry("long", "lengthy"),
            Map.entry("visited", "toured"), Map.entry("agreement", "settlement"), Map.entry("region", "area"),
            Map.entry("president", "head of state"), Map.entry("minister", "secretary"), Map.entry("deal", "offer"),
            Map.entry("sides", "events"), Map.entry("move", "transfer"), Map.entry("step", "stage"));

    private static final List<String> HEADERS = List.of("Advertisement", "Skip to main content",
            "Share this article on Facebook Twitter WhatsApp", "Subscribe to our newsletter for the latest updates",
            "Breaking News | World | Asia | Business");
    private static final List<String> FOOTERS = List.of("Read more: Top stories of the week",
            "© 2024 The Daily Ledger. All rights reserved.", "Follow us on social media for more news.",
            "Related articles: Five things to know this morning", "Comments are closed.");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"“])");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an", "The", "A", "An");
    private static final Pattern ADJECTIVE = Pattern.compile("[a-z]+(al|ic|ive|ous|ful|ent|ant|ary|ern|ese)");

    private Variants() {
    }

    /** The same words, spaced and cased differently. */
    public static String exact(String text) {
        return text.replaceAll("\\s+", " ").replace(" .", ".").toUpperCase(java.util.Locale.ROOT).strip();
    }

    /** Other boilerplate: two to three header lines and two footer lines around the text, the last paragraph dropped
     * when there are more than four. */
    public static String boilerplate(String text, SplittableRandom r) {
        List<String> paras = paragraphs(text);
        if (paras.size() > 4) {
            paras.remove(paras.size() - 1);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 2 + r.nextInt(2); i++) {
            out.add(HEADERS.get(r.nextInt(HEADERS.size())));
        }
        out.addAll(paras);
        out.add(FOOTERS.get(r.nextInt(FOOTERS.size())));
        out.add(FOOTERS.get(r.nextInt(FOOTERS.size())));
        return String.join("\n\n", out);
    }

    /** The sentences in another order: each paragraph's sentences kept together, the paragraphs shuffled. */
    public static String reorder(String text, SplittableRandom r) {
        List<String> paras = paragraphs(text);
        for (int i = paras.size() - 1; i > 0; i--) {
            Collections.swap(paras, i, r.nextInt(i + 1));
        }
        return String.join("\n\n", paras);
    }

    /** The first {@code share} of the sentences. */
    public static String truncate(String text, double share) {
        List<String> sentences = List.of(SENTENCE.split(text));
        int keep = Math.max(1, (int) Math.round(sentences.size() * share));
        return String.join(" ", sentences.subList(0, keep));
    }

    /** Words swapped for the spinner's synonyms with probability {@code rate}. */
    public static String spin(String text, double rate, SplittableRandom r) {
        Matcher m = WORD.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            String sub = SPIN.get(lower);
            if (sub != null && r.nextDouble() < rate) {
                sub = Character.isUpperCase(w.charAt(0)) ? Character.toUpperCase(sub.charAt(0)) + sub.substring(1)
                        : sub;
                m.appendReplacement(sb, Matcher.quoteReplacement(sub));
            } else {
                m.appendReplacement(sb, Matcher.quoteReplacement(w));
            }
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * A crude word-by-word round trip through another language: articles dropped, an adjective put after its noun,
     * final letters of some names dropped ("Chinh" to "Chin"), some past tenses lost.
     */
    public static String translate(String text, SplittableRandom r) {
        String[] tokens = text.split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (ARTICLES.contains(t)) {
                continue;
            }
            if (i + 1 < tokens.length && ADJECTIVE.matcher(t).matches() && tokens[i + 1].matches("[a-z]+[,.]?")
                    && r.nextDouble() < 0.7) {
                String next = tokens[i + 1];
                String punct = next.endsWith(",") || next.endsWith(".") ? next.substring(next.length() - 1) : "";
                out.add(next.substring(0, next.length() - punct.length()));
                out.add(t + punct);
                i++;
                continue;
            }
            if (t.matches("[A-Z][a-z]{4,}") && r.nextDouble() < 0.5) {
                t = t.substring(0, t.length() - 1);
            } else if (t.matches("[a-z]{4,}ed") && r.nextDouble() < 0.5) {
                t = t.substring(0, t.length() - 2);
            }
            out.add(t);
        }
        return String.join(" ", out);
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\n\\s*\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        if (out.size() < 3) {
            out.clear();
            out.addAll(List.of(SENTENCE.split(text.strip())));
        }
        return out;
    }
}
