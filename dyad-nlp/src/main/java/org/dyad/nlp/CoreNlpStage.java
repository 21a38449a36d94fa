package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.Layers;
import org.dyad.model.ArticleMeta;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.pipeline.BadInputException;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;

/**
 * Runs Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner, and the dependency parse of
 * {@link BasicDependencyParse}) over the cleaned text and converts the result into dyad's own {@link Sentence} records, so that later stages never touch CoreNLP types. The
 * publication date is passed as the document date. The models are loaded once per process
 * ({@link CoreNlp#shared()}); this stage is thread-safe.
 *
 * <p>Runs of {@value #MAX_SYMBOL_RUN} or more of one symbol are blanked before tokenizing ({@link #blankRuns}).
 * Sentences longer than {@link #MAX_SENTENCE_TOKENS} tokens are not parsed (the parser's cost grows quickly
 * with length, and such "sentences" are lists or run-on boilerplate): their tokens are kept, without arcs.
 */
public final class CoreNlpStage implements Stage {
    public static final String NAME = "corenlp";
    public static final int MAX_SENTENCE_TOKENS = 120;

    private final CoreNlp nlp;

    public CoreNlpStage() {
        this(CoreNlp.shared());
    }

    public CoreNlpStage(CoreNlp nlp) {
        this.nlp = nlp;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.CLEAN, Layers.META);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public void process(Doc doc) throws BadInputException {
        String text = doc.get(Layers.CLEAN).text();
        ArticleMeta meta = doc.get(Layers.META);
        Annotation ann = nlp.annotate(blankRuns(text), meta.published().orElse(null));
        doc.put(Layers.SENTENCES, convert(ann));
    }

    /** Runs of one symbol at least this long are not given to the tokenizer. */
    static final int MAX_SYMBOL_RUN = 64;

    /**
     * {@code text} with every run of {@value #MAX_SYMBOL_RUN} or more of the same symbol (not a letter, digit or
     * space) replaced by as many spaces, so that offsets are kept. CoreNLP's tokenizer takes minutes on such runs
     * (100,000 {@code &} from an entity flood took over 60 s; found by HostileSampleIT); they carry no words.
     */
    static String blankRuns(String text) {
        StringBuilder sb = null;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            int j = i + 1;
            while (j < n && text.charAt(j) == c) {
                j++;
            }
            if (j - i >= MAX_SYMBOL_RUN && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)
                    && !Character.isSurrogate(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                for (int k = i; k < j; k++) {
                    sb.setCharAt(k, ' ');
                }
            }
            i = j;
        }
        return sb == null ? text : sb.toString();
    }

    static List<Sentence> convert(Annotation ann) {
        List<Sentence> out = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel t = labels.get(i);
                String timex = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                tokens.add(new Token(i, t.word(), t.beginPosition(), t.endPosition(), t.tag(), t.lemma(),
                        t.ner() == null ? "O" : t.ner(), timex));
            }
            List<Dependency> deps = new ArrayList<>();
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (g != null) {
                for (IndexedWord root : g.getRoots()) {
                    deps.add(new Dependency(-1, root.index() - 1, "root"));
                }
                for (SemanticGraphEdge e : g.edgeListSorted()) {
                    deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                            e.getRelation().toString()));
                }
            }
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new Sentence(out.size(), begin, end, tokens, deps));
        }
        return out;
    }
}
