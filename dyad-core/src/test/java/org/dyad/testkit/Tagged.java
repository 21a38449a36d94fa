package org.dyad.testkit;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Builds sentences by hand for tests that must not depend on a tagger's mood: tokens written as
 * {@code word/POS/NER/lemma} (NER optional, default O; lemma optional, default the word in lower case), joined by
 * single spaces into the text.
 * Dependencies, when a test needs them, as {@code "gov>dep:rel"} with 0-based token indices (gov -1 = root).
 */
public final class Tagged {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();

    /** Appends a sentence (separated from the previous one by a blank line). */
    public Tagged sentence(String tagged, String... deps) {
        if (text.length() > 0) {
            text.append("\n\n");
        }
        int begin = text.length();
        List<Token> tokens = new ArrayList<>();
        String[] parts = tagged.trim().split(" ");
        for (int i = 0; i < parts.length; i++) {
            String[] f = parts[i].split("/(?=[A-Z$.,:`'()-]+(/|$))", 3);
            String lemma = null;
            if (f.length == 3 && f[2].contains("/")) {
                lemma = f[2].substring(f[2].indexOf('/') + 1);
                f[2] = f[2].substring(0, f[2].indexOf('/'));
            }
            String word = f[0];
            String pos = f.length > 1 ? f[1] : "NN";
            String ner = f.length > 2 ? f[2] : "O";
            if (i > 0) {
                text.append(' ');
            }
            int b = text.length();
            text.append(word);
            tokens.add(new Token(i, word, b, text.length(), pos,
                    lemma != null ? lemma : word.toLowerCase(java.util.Locale.ROOT), ner, null));
        }
        List<Dependency> ds = new ArrayList<>();
        int[] heads = new int[tokens.size()];
        for (String d : deps) {
            String[] a = d.split("[>:]", 3);
            int gov = Integer.parseInt(a[0]);
            int dep = Integer.parseInt(a[1]);
            if (dep < 0 || dep >= tokens.size() || gov < -1 || gov >= tokens.size() || gov == dep) {
                throw new IllegalArgumentException("arc \"" + d + "\" does not fit the " + tokens.size()
                        + " tokens of \"" + tagged + "\"");
            }
            heads[dep]++;
            ds.add(new Dependency(gov, dep, a[2]));
        }
        for (int i = 0; deps.length > 0 && i < heads.length; i++) {
            boolean punct = !tokens.get(i).pos().isEmpty() && !Character.isLetter(tokens.get(i).pos().charAt(0));
            if (heads[i] > 1 || heads[i] == 0 && !punct) {
                throw new IllegalArgumentException("token " + i + " (" + tokens.get(i).word() + ") has " + heads[i]
                        + " governors in \"" + tagged + "\" (write one arc per word; punctuation may have none)");
            }
        }
        sentences.add(new Sentence(sentences.size(), begin, text.length(), tokens, ds));
        return this;
    }

    public String text() {
        return text.toString();
    }

    public List<Sentence> sentences() {
        return List.copyOf(sentences);
    }
}
