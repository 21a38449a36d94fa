package org.dyad.voices;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Entity;
import org.dyad.model.Mention;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Who a reporting verb's subject is: an entity of the article (by its name, a short form, or a pronoun standing for
 * the last person named), or a group the article does not name ("analysts", "U.S. officials"). Built once per
 * document; not thread-safe.
 */
final class Speakers {
    /** Words that name a group of speakers when the article names no one. */
    static final Set<String> GROUPS = Set.of("expert", "analyst", "official", "observer", "diplomat", "source",
            "lawyer", "group", "critic", "scholar", "researcher", "spokesman", "spokeswoman", "spokesperson",
            "ministry", "government", "leader", "activist", "commentator", "economist", "academic", "insider",
            "people", "officer", "minister", "statement", "report", "media", "newspaper", "agency", "embassy",
            "company", "companies", "executive", "lawmaker", "senator", "white", "department", "office");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they");

    private record Placed(int begin, int end, Entity entity) {
    }

    private final List<Placed> mentions = new ArrayList<>();
    /** The people who are the subject of a clause, in text order: whom "he" or "she" most likely stands for. */
    private final List<Placed> subjects = new ArrayList<>();
    private final String text;

    Speakers(String text, List<Entity> entities, List<Sentence> sentences) {
        this.text = text;
        for (Entity e : entities) {
            if (e.type() == Entity.Type.LOCATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                mentions.add(new Placed(m.begin(), m.end(), e));
            }
        }
        mentions.sort(Comparator.comparingInt(Placed::begin));
        for (Sentence s : sentences) {
            for (Dependency d : s.deps()) {
                if (d.rel().startsWith("nsubj")) {
                    Token t = s.tokens().get(d.dep());
                    Entity e = entityIn(t.begin(), t.end());
                    if (e != null && e.type() == Entity.Type.PERSON) {
                        subjects.add(new Placed(t.begin(), t.end(), e));
                    }
                }
            }
        }
        subjects.sort(Comparator.comparingInt(Placed::begin));
    }

    /** The person last named as a subject in the {@value #SUBJECT_WINDOW} chars before {@code offset}. */
    Entity lastSubjectBefore(int offset) {
        Entity last = null;
        for (Placed p : subjects) {
            if (p.end() > offset) {
                break;
            }
            if (offset - p.end() <= SUBJECT_WINDOW) {
                last = p.entity();
            }
        }
        return last;
    }

    /** How far back (chars) a pronoun looks for the person it stands for among clause subjects. */
    static final int SUBJECT_WINDOW = 600;

    /**
     * The entity with a mention overlapping {@code [begin, end)}, preferring people, then organisations. A one-word
     * mention of a person ("Nguyen") that another person's full name also ends with goes to the one of them whose
     * full name came last before it.
     */
    Entity entityIn(int begin, int end) {
        Entity best = null;
        Placed at = null;
        for (Placed p : mentions) {
            if (p.begin() < end && p.end() > begin && (best == null || rank(p.entity()) < rank(best))) {
                best = p.entity();
                at = p;
            }
        }
        if (best != null && best.type() == Entity.Type.PERSON && !text.substring(at.begin(), at.end()).contains(" ")) {
            String word = text.substring(at.begin(), at.end());
            Placed latest = null;
            for (Placed p : mentions) {
                if (p.end() > begin) {
                    break;
                }
                String m = text.substring(p.begin(), p.end());
                if (p.entity().type() == Entity.Type.PERSON && m.contains(" ") && m.endsWith(" " + word)) {
                    latest = p;
                }
            }
            if (latest != null) {
                return latest.entity();
            }
        }
        return best;
    }

    /** The first country named in {@code [begin, end)} whose code is not {@code except}. */
    String countryIn(int begin, int end, String except) {
        for (Placed p : mentions) {
            if (p.begin() >= begin && p.end() <= end && p.entity().type() == Entity.Type.COUNTRY
                    && p.entity().code() != null && !p.entity().code().equals(except)) {
                return p.entity().code();
            }
        }
        return null;
    }

    /** The last person named before {@code offset}. */
    Entity lastPersonBefore(int offset) {
        Entity last = null;
        for (Placed p : mentions) {
            if (p.end() > offset) {
                break;
            }
            if (p.entity().type() == Entity.Type.PERSON) {
                last = p.entity();
            }
        }
        return last;
    }

    private static int rank(Entity e) {
        return switch (e.type()) {
            case PERSON -> 0;
            case ORGANIZATION -> 1;
            case COUNTRY -> 2;
            case LOCATION -> 3;
        };
    }

    /**
     * The speaker a reporting verb's subject names, or null when the subject is no speaker (a thing, "it").
     *
     * @param lastSpeaker the previous quote's speaker, preferred for a pronoun when it is a person
     */
    QuoteRecord.Speaker subject(Sentence s, int head, QuoteRecord.Speaker lastSpeaker) {
        Token t = s.tokens().get(head);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(w)) {
            Entity subject = lastSubjectBefore(t.begin());
            if (subject != null) {
                return of(subject, "pronoun");
            }
            if (lastSpeaker != null && lastSpeaker.entity() != null && lastSpeaker.code() != null
                    && isPersonSpeaker(lastSpeaker) && recentPerson(t.begin(), lastSpeaker)) {
                return withHow(lastSpeaker, "pronoun");
            }
            Entity p = lastPersonBefore(t.begin());
            return p == null ? null : of(p, "pronoun");
        }
        if (PLURAL_PRONOUNS.contains(w)) {
            return lastSpeaker != null && lastSpeaker.entity() == null ? withHow(lastSpeaker, "pronoun") : null;
        }
        Entity own = entityIn(t.begin(), t.end());
        int[] span = subtree(s, head);
        Entity inside = null;
        for (Placed p : mentions) {
            if (p.begin() >= span[0] && p.end() <= span[1] && p.entity().type() == Entity.Type.PERSON) {
                inside = entityIn(p.begin(), p.end());
                break;
            }
        }
        if (inside != null) {
            return of(inside, nameOrShort(inside, s, head));
        }
        if (own != null) {
            return of(own, nameOrShort(own, s, head));
        }
        String lemma = (t.lemma() == null ? w : t.lemma()).toLowerCase(Locale.ROOT);
        if (GROUPS.contains(lemma) || GROUPS.contains(w)) {
            int[] np = nounPhrase(s, head);
            String name = text.substring(np[0], np[1]);
            return new QuoteRecord.Speaker(null, name, null, countryIn(np[0], np[1], null), null, "group");
        }
        return null;
    }

    private boolean isPersonSpeaker(QuoteRecord.Speaker sp) {
        return mentions.stream().anyMatch(p -> p.entity().id().equals(sp.entity())
                && p.entity().type() == Entity.Type.PERSON);
    }

    /** True when {@code speaker} is the last person named before {@code offset}, or none is named in between. */
    private boolean recentPerson(int offset, QuoteRecord.Speaker speaker) {
        Entity last = lastPersonBefore(offset);
        return last == null || last.id().equals(speaker.entity());
    }

    private String nameOrShort(Entity e, Sentence s, int head) {
        String w = s.tokens().get(head).word();
        return e.name().equals(w) || !e.name().contains(" ") ? "name" : e.name().endsWith(w) ? "short-form" : "name";
    }

    static QuoteRecord.Speaker of(Entity e, String how) {
        return new QuoteRecord.Speaker(e.id(), e.name(), e.title(), e.code(), e.sector(), how);
    }

    static QuoteRecord.Speaker withHow(QuoteRecord.Speaker s, String how) {
        return new QuoteRecord.Speaker(s.entity(), s.name(), s.title(), s.code(), s.sector(), how);
    }

    /** The char span of the subtree under {@code head}. */
    static int[] subtree(Sentence s, int head) {
        int[] span = {s.tokens().get(head).begin(), s.tokens().get(head).end()};
        collect(s, head, span, Set.of(), 0);
        return span;
    }

    /** The noun phrase of {@code head}: its determiners, modifiers and compounds, not its clauses. */
    static int[] nounPhrase(Sentence s, int head) {
        int[] span = {s.tokens().get(head).begin(), s.tokens().get(head).end()};
        for (Dependency d : s.children(head)) {
            if (Set.of("amod", "compound", "det", "nummod", "flat", "nmod:poss").contains(d.rel())) {
                int[] sub = subtree(s, d.dep());
                span[0] = Math.min(span[0], sub[0]);
                span[1] = Math.max(span[1], sub[1]);
            }
        }
        return span;
    }

    private static void collect(Sentence s, int gov, int[] span, Set<String> skip, int depth) {
        if (depth > 40) {
            return;
        }
        for (Dependency d : s.children(gov)) {
            if (skip.contains(d.rel()) || d.dep() == gov) {
                continue;
            }
            Token t = s.tokens().get(d.dep());
            span[0] = Math.min(span[0], t.begin());
            span[1] = Math.max(span[1], t.end());
            collect(s, d.dep(), span, skip, depth + 1);
        }
    }
}
