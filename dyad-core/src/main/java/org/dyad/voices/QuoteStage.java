package org.dyad.voices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.Layers;
import org.dyad.model.ArticleMeta;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.output.Extractor;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;
import org.dyad.text.CleanText;

/**
 * The {@code quotes} stage: what people and organisations are reported to have said, as {@link QuoteRecord}s in the
 * {@link #QUOTES} layer. Direct quotes are the words between quotation marks (straight or curly; a quote left open
 * at a paragraph's end continues in the next paragraph's opening mark); a quoted fragment inside reported speech is
 * a mixed quote; a sentence whose reporting verb ("said", "told", "warned", "according to") has a speaker for its
 * subject is indirect speech. The speaker is the subject of the nearest reporting verb, resolved to an article entity
 * (short forms are merged mentions; "he"/"she" is the previous speaker or the last person named), or a group the
 * article does not name ("analysts"). A whole quote with no reporting verb continues the previous quote's speaker.
 * Quotes in the headline and in "See also" lines are not quotes of the article.
 *
 * <p>Requires sentences with dependency parses, entities, the cleaned text and the metadata. Stateless and
 * thread-safe.
 */
public final class QuoteStage implements Stage {
    public static final String NAME = "quotes";
    /** The quotes of one document, in text order, numbered {@code q1}, {@code q2}, ... */
    public static final Layer<List<QuoteRecord>> QUOTES = Layer.of("quotes", List.class);

    /** Lemmas of reporting verbs. */
    static final Set<String> CUES = Set.of("say", "tell", "add", "note", "warn", "argue", "caution", "explain",
            "stress", "insist", "claim", "state", "predict", "fear", "agree", "write", "urge", "emphasize",
            "emphasise", "acknowledge", "suggest", "accuse", "criticize", "criticise", "express", "announce",
            "remark", "conclude", "comment", "observe", "reiterate", "assert", "declare", "raise", "believe",
            "describe", "call", "pledge", "vow", "promise", "deny", "confirm", "admit", "complain", "hope", "expect");
    /** Reporting verbs that need a person or group for subject (a country "agrees" to things, it does not speak). */
    private static final Set<String> PEOPLE_ONLY = Set.of("agree", "fear", "believe", "hope", "expect", "call", "describe",
            "raise", "promise", "pledge", "vow", "deny", "confirm", "admit");
    /** How far back (chars) a whole quote with no reporting verb takes the previous quote's speaker. */
    static final int CARRY = 1200;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.ENTITIES, Layers.CLEAN, Layers.META);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(QUOTES);
    }

    @Override
    public void process(Doc doc) {
        CleanText clean = doc.get(Layers.CLEAN);
        ArticleMeta meta = doc.get(Layers.META);
        String published = meta.published().map(Object::toString).orElse(null);
        List<Draft> drafts = find(clean.text(), meta.value("title"), doc.get(Layers.SENTENCES),
                new Speakers(clean.text(), doc.get(Layers.ENTITIES), doc.get(Layers.SENTENCES)));
        Extractor.Offsets offsets = new Extractor.Offsets(clean);
        List<QuoteRecord> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(new QuoteRecord(doc.id(), "q" + (out.size() + 1), d.type, clean.text().substring(d.begin, d.end),
                    squash(clean.text().substring(d.ctxBegin, d.ctxEnd)), d.speaker, d.cue, d.about, published,
                    NAME + ":" + d.rule, List.of(offsets.clean(d.begin, d.end))));
        }
        doc.put(QUOTES, List.copyOf(out));
    }

    /** A quote before numbering: spans in the cleaned text. */
    static final class Draft {
        String type;
        int begin;
        int end;
        int ctxBegin;
        int ctxEnd;
        QuoteRecord.Speaker speaker;
        String cue;
        String about;
        String rule;
    }

    /** A span between quotation marks. */
    record Marked(int begin, int end) {
    }

    static List<Draft> find(String text, String title, List<Sentence> sentences, Speakers speakers) {
        int headlineEnd = headlineEnd(text, title);
        List<Marked> marked = new ArrayList<>();
        for (Marked m : marks(text)) {
            if (m.begin() >= headlineEnd && !seeAlso(text, m.begin()) && !unpunctuated(text, m.begin())
                    && m.end() > m.begin()) {
                marked.add(m);
            }
        }
        List<Draft> out = new ArrayList<>();
        QuoteRecord.Speaker last = null;
        int lastEnd = -1;
        int mi = 0;
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            if (s.end() <= headlineEnd || seeAlso(text, s.begin()) || unpunctuated(text, s.begin())) {
                continue;
            }
            List<Marked> here = new ArrayList<>();
            while (mi < marked.size() && marked.get(mi).begin() < s.end()) {
                if (marked.get(mi).begin() >= s.begin() - 1) {
                    here.add(marked.get(mi));
                }
                mi++;
            }
            if (here.isEmpty()) {
                if (insideAny(marked, s.begin(), s.end())) {
                    continue;
                }
                Draft d = indirect(text, s, speakers, last);
                if (d != null) {
                    out.add(d);
                    last = d.speaker;
                    lastEnd = d.end;
                }
                continue;
            }
            // the sentences a multi-sentence quote spans, for its reporting verb
            int lastSentence = si;
            Marked lastMark = here.get(here.size() - 1);
            while (lastSentence + 1 < sentences.size() && sentences.get(lastSentence + 1).begin() < lastMark.end()) {
                lastSentence++;
            }
            List<Sentence> span = sentences.subList(si, lastSentence + 1);
            for (List<Marked> group : groups(text, here)) {
                Marked first = group.get(0);
                Marked end = group.get(group.size() - 1);
                boolean direct = group.size() == 1 && whole(text, s, first);
                Draft d = new Draft();
                d.type = direct ? QuoteRecord.DIRECT : QuoteRecord.MIXED;
                d.begin = first.begin();
                d.end = end.end();
                d.ctxBegin = Math.min(s.begin(), first.begin());
                d.ctxEnd = Math.max(span.get(span.size() - 1).end(), end.end());
                Cue cue = nearestCue(span, marked, first.begin(), end.end(), speakers, last);
                if (cue != null) {
                    d.speaker = cue.speaker;
                    d.cue = cue.word;
                    d.rule = d.type + "-cue";
                } else if (direct && last != null && first.begin() - lastEnd < CARRY) {
                    d.speaker = QuoteRecord.Speaker.class.cast(Speakers.withHow(last, "carried"));
                    d.rule = "direct-carried";
                } else {
                    continue;
                }
                d.about = speakers.countryIn(d.begin, d.end, d.speaker.code());
                out.add(d);
                last = d.speaker;
                lastEnd = d.end;
            }
            si = lastSentence;
        }
        return out;
    }

    /** Sentences after a quote's opening mark inside it belong to that quote. */
    private static boolean insideAny(List<Marked> marked, int begin, int end) {
        for (Marked m : marked) {
            if (m.begin() <= begin && m.end() >= end - 2) {
                return true;
            }
        }
        return false;
    }

    /** Fragments of one sentence, those a few characters apart ("“a” of “b”") joined. */
    private static List<List<Marked>> groups(String text, List<Marked> here) {
        List<List<Marked>> out = new ArrayList<>();
        for (Marked m : here) {
            if (!out.isEmpty()) {
                List<Marked> g = out.get(out.size() - 1);
                Marked prev = g.get(g.size() - 1);
                if (m.begin() - prev.end() <= 8 && text.substring(prev.end(), m.begin()).matches("[\\s\\p{Pi}\\p{Pf}\"]*\\p{L}{0,4}[\\s\\p{Pi}\\p{Pf}\"]*")) {
                    g.add(m);
                    continue;
                }
            }
            out.add(new ArrayList<>(List.of(m)));
        }
        return out;
    }

    /** A whole statement: the quote opens the sentence (or follows a colon or "said,"), and is a clause, not a name. */
    static boolean whole(String text, Sentence s, Marked m) {
        String before = text.substring(Math.min(s.begin(), m.begin()), Math.max(s.begin(), m.begin() - 1)).strip();
        boolean opens = before.isEmpty() || before.endsWith(":")
                || before.matches("(?is).*\\b(said|says|added|told \\w+|asked|wrote|warned|noted),?");
        String q = text.substring(m.begin(), m.end()).strip();
        return opens && q.split("\\s+").length >= 4;
    }

    private record Cue(String word, QuoteRecord.Speaker speaker, int distance) {
    }

    /** The reporting verb nearest the quote, outside every quote, whose subject is a speaker. */
    private static Cue nearestCue(List<Sentence> span, List<Marked> marked, int begin, int end, Speakers speakers,
                                  QuoteRecord.Speaker last) {
        Cue best = null;
        for (Sentence s : span) {
            for (Token t : s.tokens()) {
                if (insideMark(marked, t.begin())) {
                    continue;
                }
                Cue c = cueAt(s, t.index(), speakers, last);
                if (c == null) {
                    continue;
                }
                int dist = t.begin() >= end ? t.begin() - end : t.end() <= begin ? begin - t.end() : 0;
                c = new Cue(c.word, c.speaker, dist);
                if (best == null || c.distance < best.distance) {
                    best = c;
                }
            }
        }
        return best;
    }

    private static boolean insideMark(List<Marked> marked, int offset) {
        for (Marked m : marked) {
            if (offset >= m.begin() && offset < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** A reporting verb at token {@code i} and its speaker, or "according to" and the speaker after it. */
    private static Cue cueAt(Sentence s, int i, Speakers speakers, QuoteRecord.Speaker last) {
        Token t = s.tokens().get(i);
        String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
        if (lemma.equals("accord") && i + 2 < s.tokens().size()
                && s.tokens().get(i + 1).word().equalsIgnoreCase("to")) {
            for (int j = i + 2; j < Math.min(s.tokens().size(), i + 8); j++) {
                Token n = s.tokens().get(j);
                var e = speakers.entityIn(n.begin(), n.end());
                if (e != null) {
                    return new Cue("according to", Speakers.of(e, "name"), 0);
                }
            }
            return null;
        }
        if (t.pos() != null && t.pos().startsWith("NN") && CUES.contains(lemma) && i > 0 && i + 1 < s.tokens().size()
                && s.tokens().get(i - 1).word().equals(",") && s.tokens().get(i + 1).word().equalsIgnoreCase("that")) {
            return mistagged(s, i, speakers);
        }
        if (t.pos() == null || !t.pos().startsWith("VB") || !CUES.contains(lemma)) {
            return null;
        }
        int subj = adjacentName(s, i, speakers);
        if (subj < 0) {
            subj = subject(s, i);
        }
        if (subj < 0) {
            return null;
        }
        QuoteRecord.Speaker sp = speakers.subject(s, subj, last);
        if (sp == null) {
            return null;
        }
        if (PEOPLE_ONLY.contains(lemma) && sp.entity() != null && !"pronoun".equals(sp.how())
                && speakers.entityIn(s.tokens().get(subj).begin(), s.tokens().get(subj).end()) != null
                && speakers.entityIn(s.tokens().get(subj).begin(), s.tokens().get(subj).end()).type()
                == org.dyad.model.Entity.Type.COUNTRY) {
            return null;
        }
        return new Cue(t.word(), sp, 0);
    }

    /**
     * A name right before the reporting verb (", Poling said,") or right after it ("said Gregory Poling"), which
     * the parser sometimes does not make its subject; -1 when there is none.
     */
    private static int adjacentName(Sentence s, int v, Speakers speakers) {
        for (int j : new int[] {v - 1, v + 1}) {
            if (j < 0 || j >= s.tokens().size()) {
                continue;
            }
            Token t = s.tokens().get(j);
            var e = speakers.entityIn(t.begin(), t.end());
            if (e != null && e.type() != org.dyad.model.Entity.Type.COUNTRY
                    && (j == v - 1 || s.tokens().get(v).lemma().equals("say"))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * A reporting verb the tagger took for a noun (", caution that"): the speaker is the nearest person named
     * before it in the sentence, else null.
     */
    private static Cue mistagged(Sentence s, int i, Speakers speakers) {
        for (int j = i - 1; j >= 0; j--) {
            Token t = s.tokens().get(j);
            var e = speakers.entityIn(t.begin(), t.end());
            if (e != null && e.type() == org.dyad.model.Entity.Type.PERSON) {
                return new Cue(s.tokens().get(i).word(), Speakers.of(e, "name"), 0);
            }
        }
        return null;
    }

    /** The subject of verb {@code v}, or of the verb it is conjoined to. */
    private static int subject(Sentence s, int v) {
        for (int hop = 0, cur = v; hop < 3 && cur >= 0; hop++) {
            for (Dependency d : s.children(cur)) {
                if (d.rel().startsWith("nsubj") && !d.rel().equals("nsubj:pass")) {
                    return d.dep();
                }
            }
            Dependency h = s.head(cur);
            if (h == null || !(h.rel().equals("conj") || h.rel().equals("xcomp") || h.rel().equals("advcl"))) {
                break;
            }
            cur = h.gov();
        }
        return -1;
    }

    private static Draft indirect(String text, Sentence s, Speakers speakers, QuoteRecord.Speaker last) {
        for (Token t : s.tokens()) {
            Cue c = cueAt(s, t.index(), speakers, last);
            if (c == null) {
                continue;
            }
            Draft d = new Draft();
            d.type = QuoteRecord.INDIRECT;
            int e = s.end();
            while (e > s.begin() && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            d.begin = s.begin();
            d.end = e;
            d.ctxBegin = d.begin;
            d.ctxEnd = d.end;
            d.speaker = c.speaker;
            d.cue = c.word;
            d.rule = c.word.equals("according to") ? "indirect-according-to" : "indirect-subject";
            d.about = speakers.countryIn(d.begin, d.end, d.speaker.code());
            return d;
        }
        return null;
    }

    /** Where the headline ends: the end of the title when the cleaned text opens with it, else 0. */
    static int headlineEnd(String text, String title) {
        if (title == null || title.isBlank()) {
            return 0;
        }
        String t = title.strip();
        int at = text.indexOf(t);
        if (at >= 0 && at < 200) {
            return at + t.length();
        }
        int nl = text.indexOf('\n');
        String firstLine = nl < 0 ? text : text.substring(0, nl);
        return firstLine.strip().equalsIgnoreCase(t) ? firstLine.length() : 0;
    }

    /**
     * True when {@code offset} lies in a line that ends without sentence punctuation: a headline, a section title or
     * a caption, none of them the article's reported speech.
     */
    static boolean unpunctuated(String text, int offset) {
        int ls = text.lastIndexOf('\n', offset - 1) + 1;
        int le = text.indexOf('\n', offset);
        String line = text.substring(ls, le < 0 ? text.length() : le).strip();
        return !line.isEmpty() && !line.matches("(?s).*[.!?:;,\u2026\u201d\"')\u2019]$");
    }

    private static boolean seeAlso(String text, int offset) {
        int ls = text.lastIndexOf('\n', offset - 1) + 1;
        String line = text.substring(ls, Math.min(text.length(), ls + 20)).toLowerCase(Locale.ROOT).strip();
        return line.startsWith("see also") || line.startsWith("read more") || line.startsWith("related:")
                || line.startsWith("read also");
    }

    /**
     * The spans between quotation marks. Curly marks pair “ with ”; straight marks alternate within a paragraph. A
     * quote still open at a paragraph's end continues when the next paragraph opens with a mark; otherwise it
     * ends there.
     */
    static List<Marked> marks(String text) {
        List<Marked> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && open >= 0) {
                int j = i;
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && (text.charAt(j) == '\u201c' || text.charAt(j) == '"')) {
                    out.add(new Marked(open, trimEnd(text, open, i)));
                    open = j + 1;
                    i = j;
                } else {
                    open = -1;
                }
                continue;
            }
            if (c == '\u201c' || (c == '"' && open < 0)) {
                open = i + 1;
            } else if ((c == '\u201d' || c == '"') && open >= 0) {
                out.add(new Marked(open, i));
                open = -1;
            }
        }
        return out;
    }

    private static int trimEnd(String text, int begin, int end) {
        int e = end;
        while (e > begin && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
