package org.dyad.clean;

import java.util.Set;
import org.dyad.Layers;
import org.dyad.model.Input;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;
import org.dyad.text.CleanText;

/**
 * The cleaning stage: reads {@link Layers#INPUT} and adds {@link Layers#CLEAN}, the article text without
 * boilerplate and with a map from every cleaned char back to the original. HTML input ({@code Input.html() != null})
 * goes through {@link HtmlCleaner}, anything else through {@link TextCleaner}; both use one {@link BoilerplateRules}
 * (by default the rules shipped in {@value BoilerplateRules#DEFAULT_RESOURCE}). Each removed span names the rule
 * that dropped it. Thread-safe.
 */
public final class CleanStage implements Stage {
    public static final String NAME = "clean";

    private final TextCleaner text;
    private final HtmlCleaner html;

    public CleanStage() {
        this(BoilerplateRules.defaults());
    }

    public CleanStage(BoilerplateRules rules) {
        this.text = new TextCleaner(rules);
        this.html = new HtmlCleaner(rules);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.INPUT);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.CLEAN);
    }

    @Override
    public void process(Doc doc) {
        doc.put(Layers.CLEAN, clean(doc.get(Layers.INPUT)));
    }

    /** Cleans one input. */
    public CleanText clean(Input input) {
        return input.html() != null ? html.clean(input.text(), input.html()) : text.clean(input.text());
    }
}
