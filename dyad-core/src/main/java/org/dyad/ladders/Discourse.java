package org.dyad.ladders;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Entity;
import org.dyad.model.Mention;

/**
 * What the article has been about so far, for statements that do not name both sides ("Hanoi has not agreed to lift
 * the relationship to a strategic partnership", "the two countries celebrate the 10th anniversary of their
 * partnership"): the article's main pair, the countries of the last sentences, the last pair and rung a statement
 * named. One per document; not thread-safe.
 */
final class Discourse {
    private final Map<String, Integer> weight = new LinkedHashMap<>();
    private final Deque<String> recent = new ArrayDeque<>();
    private String[] lastPair;
    private Rung lastRung;
    private String lastOwner;
    private String lastSubject;

    Discourse(List<Entity> entities) {
        for (Entity e : entities) {
            if (e.type() == Entity.Type.COUNTRY && e.code() != null) {
                int n = (int) e.mentions().stream().filter(m -> m.role() == Mention.Role.ACTOR).count();
                weight.merge(e.code(), n, Integer::sum);
            }
        }
    }

    /** The article's two most-mentioned countries, most mentioned first; null when it names fewer than two. */
    String[] mainPair() {
        List<String> top = weight.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).limit(2).toList();
        return top.size() == 2 ? new String[] {top.get(0), top.get(1)} : null;
    }

    /** The pair "the two countries" means here: the last pair a statement named, else the article's main pair. */
    String[] pair() {
        return lastPair != null ? lastPair : mainPair();
    }

    /** The country most likely meant as the other side of {@code a}: from the last pair, the main pair, recent text. */
    String otherOf(String a) {
        for (String[] p : new String[][] {lastPair, mainPair()}) {
            if (p != null && p[0].equals(a)) {
                return p[1];
            }
            if (p != null && p[1].equals(a)) {
                return p[0];
            }
        }
        for (String c : recent) {
            if (!c.equals(a)) {
                return c;
            }
        }
        return null;
    }

    /** The last country named before this sentence ("it" in "it is ranked as a third-tier partner"). */
    String lastCountry(String except) {
        for (String c : recent) {
            if (!c.equals(except)) {
                return c;
            }
        }
        return null;
    }

    /** How often the article names {@code code} as an actor. */
    int weight(String code) {
        return weight.getOrDefault(code, 0);
    }

    /** The last country that was the subject of a sentence ("it" in the next one). */
    String lastSubject() {
        return lastSubject;
    }

    void subject(String code) {
        lastSubject = code;
    }

    Rung lastRung() {
        return lastRung;
    }

    String lastOwner() {
        return lastOwner;
    }

    void named(String owner, String partner, Rung rung) {
        if (owner != null && partner != null) {
            lastPair = new String[] {owner, partner};
        }
        if (rung != null) {
            lastRung = rung;
        }
        if (owner != null) {
            lastOwner = owner;
        }
    }

    /** Records the countries of a finished sentence, most recent first. */
    void sentence(List<String> codes) {
        for (String c : codes) {
            recent.remove(c);
            recent.addFirst(c);
        }
        while (recent.size() > 8) {
            recent.removeLast();
        }
    }
}
