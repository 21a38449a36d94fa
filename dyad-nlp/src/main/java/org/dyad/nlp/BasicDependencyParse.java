package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CoreNLP's neural dependency parser (nndep, the model {@code depparse} uses), run the way dyad needs it: only the
 * basic UD graph is built, sentences over a length limit are left unparsed, and each thread parses with a parser of
 * its own from a small pool. Registered as a custom CoreNLP annotator ({@link CoreNlp#defaultProperties()}).
 *
 * <p>Why not CoreNLP's {@code depparse}: it builds five graphs per sentence (collapsed, basic, CC-processed,
 * enhanced, enhanced++) where dyad reads one, it has no length limit, and its parser keeps one LRU cache of hidden
 * layer slices behind a lock that every feature of every transition takes, so two threads sharing it wait on each
 * other. Measured with {@code bench/ingest.sh} (figures in {@code bench/results/ingest-*.txt}).
 *
 * <p>Options (with the annotator's name as prefix, as for any CoreNLP annotator): {@code model} (default
 * CoreNLP's English UD model), {@code maxLength} (tokens; longer sentences get no graph; default 120),
 * {@code parsers} (at most how many parser copies, each about 200 MB, loaded as threads need them; default the
 * number of processors, at most 4), and
 * the nndep settings such as {@code numCached}. Provides
 * {@link SemanticGraphCoreAnnotations.BasicDependenciesAnnotation}. Thread-safe.
 */
public final class BasicDependencyParse extends SentenceAnnotator {
    /** The name dyad registers this annotator under. */
    public static final String NAME = "dyaddepparse";

    private final BlockingQueue<DependencyParser> pool;
    private final AtomicInteger loaded = new AtomicInteger();
    private final int parsers;
    private final String model;
    private final Properties own;
    private final int maxLength;

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}: its name and all pipeline properties. */
    public BasicDependencyParse(String name, Properties props) {
        Properties own = PropertiesUtils.extractPrefixedProperties(props, name + ".");
        this.own = own;
        this.model = own.getProperty("model", DependencyParser.DEFAULT_MODEL);
        this.maxLength = PropertiesUtils.getInt(own, "maxLength", CoreNlpStage.MAX_SENTENCE_TOKENS);
        this.parsers = PropertiesUtils.getInt(own, "parsers", Math.min(4, Runtime.getRuntime().availableProcessors()));
        if (parsers < 1) {
            throw new IllegalArgumentException(name + ".parsers must be at least 1, got " + parsers);
        }
        this.pool = new ArrayBlockingQueue<>(parsers);
        pool.add(load()); // the first now, so that a bad model fails at start-up; the others when threads need them
    }

    private DependencyParser load() {
        loaded.incrementAndGet();
        return DependencyParser.loadFromModelFile(model, own);
    }

    /** A parser of the pool: a free one, else a new one while fewer than {@code parsers} exist, else the next free. */
    private DependencyParser borrow() throws InterruptedException {
        DependencyParser p = pool.poll();
        if (p != null) {
            return p;
        }
        synchronized (loaded) {
            if (loaded.get() < parsers) {
                return load();
            }
        }
        return pool.take();
    }

    @Override
    protected int nThreads() {
        return 1;
    }

    @Override
    protected long maxTime() {
        return -1;
    }

    @Override
    protected void doOneSentence(Annotation annotation, CoreMap sentence) {
        List<?> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null || tokens.isEmpty() || tokens.size() > maxLength) {
            return;
        }
        DependencyParser parser;
        try {
            parser = borrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new edu.stanford.nlp.util.RuntimeInterruptedException(e);
        }
        GrammaticalStructure gs;
        try {
            gs = parser.predict(sentence);
        } finally {
            pool.add(parser);
        }
        SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
                GrammaticalStructure.Extras.NONE, null);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
    }

    @Override
    protected void doOneFailedSentence(Annotation annotation, CoreMap sentence) {
        // no graph: later stages treat the sentence as unparsed
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.IndexAnnotation.class,
                CoreAnnotations.ValueAnnotation.class, CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.SentenceIndexAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }
}
