package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.Properties;

/**
 * The CoreNLP pipeline dyad uses, loaded once per process and shared by all threads. Loading takes 10–20 s and about
 * 1 GB of heap; {@link #shared()} does it on first use.
 *
 * <p>Settings, and why: fine-grained NER (and its regexner/KBP resources) is off, because dyad resolves countries,
 * demonyms and titles from its own dictionaries and it more than halves NER time; of the three default CRF models
 * only the 3-class one (PERSON, LOCATION, ORGANIZATION) runs — the 4- and 7-class models add MISC and numeric
 * classes dyad does not use, for three times the cost; SUTime is off — it cost as much as the dependency parser, and
 * dyad finds and normalises time expressions itself ({@code org.dyad.time.TimeStage}), anchored on the clause's own
 * tense where SUTime used the sentence's;
 * a blank line always ends a sentence (headlines and bylines have no final period); dependency parses are UD
 * (english_UD), basic dependencies only, from {@link BasicDependencyParse} (one parser per thread, a larger cache),
 * and sentences over {@link CoreNlpStage#MAX_SENTENCE_TOKENS} tokens are not parsed.
 */
public final class CoreNlp {
    /** The CoreNLP release dyad is built and tested against; part of the pipeline version. */
    public static final String VERSION = "4.5.10";

    /**
     * Hidden-layer slices each dependency parser keeps for words outside its precomputed set (nndep's numCached;
     * CoreNLP's default is 5,000). 50,000 take about 40 MB a parser.
     */
    static final int PARSER_CACHE = 50_000;

    private static volatile CoreNlp shared;

    private final StanfordCoreNLP pipeline;

    private CoreNlp(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** The process-wide instance, loading the models on first call. */
    public static CoreNlp shared() {
        CoreNlp s = shared;
        if (s == null) {
            synchronized (CoreNlp.class) {
                s = shared;
                if (s == null) {
                    s = new CoreNlp(defaultProperties());
                    shared = s;
                }
            }
        }
        return s;
    }

    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner," + BasicDependencyParse.NAME);
        p.setProperty("customAnnotatorClass." + BasicDependencyParse.NAME, BasicDependencyParse.class.getName());
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty(BasicDependencyParse.NAME + ".maxLength", String.valueOf(CoreNlpStage.MAX_SENTENCE_TOKENS));
        p.setProperty(BasicDependencyParse.NAME + ".numCached", String.valueOf(PARSER_CACHE));
        p.setProperty("pos.maxlen", "400");
        p.setProperty("ner.maxlen", "400");
        return p;
    }

    /** Annotates {@code text}; relative dates are anchored on {@code docDate} when given. Thread-safe. */
    public Annotation annotate(String text, LocalDate docDate) {
        Annotation ann = new Annotation(text);
        if (docDate != null) {
            ann.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
        }
        pipeline.annotate(ann);
        return ann;
    }
}
