package org.dyad.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dyad.Layers;
import org.dyad.model.ArticleMeta;
import org.dyad.model.Input;
import org.dyad.model.MetaValue;
import org.dyad.model.Source;
import org.dyad.pipeline.BadInputException;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;
import org.dyad.time.DateParsing;

/**
 * Collects article metadata. Precedence, per field: what the input declares (a text header block, or HTML JSON-LD
 * and meta tags), then what the article's own text says (a headline, a byline "By X – Outlet – April 13, 2023", a
 * wire dateline), then what the user gave on the command line ({@code flag}), which fills only what the input
 * leaves unsaid. A URL given as the input's name counts as declared.
 */
public final class MetadataStage implements Stage {
    public static final String NAME = "meta";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SOURCE, Layers.INPUT, Layers.CLEAN);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.META);
    }

    @Override
    public void process(Doc doc) throws BadInputException {
        Input in = doc.get(Layers.INPUT);
        Source src = doc.get(Layers.SOURCE);
        Map<String, MetaValue> meta = new LinkedHashMap<>();
        if (in.html() != null) {
            meta.putAll(HtmlMetadata.read(in.html(), in.text()));
        } else {
            HeaderBlock.parse(in.text()).forEach((k, v) -> meta.put(k, header(k, v)));
            meta.values().removeIf(v -> v == null);
        }
        if (src.id().startsWith("http://") || src.id().startsWith("https://")) {
            meta.putIfAbsent("url", new MetaValue(src.id(), "flag", null));
        }
        TextMetadata.infer(doc.get(Layers.CLEAN)).forEach(meta::putIfAbsent);
        for (Map.Entry<String, String> h : src.hints().entrySet()) {
            if (!ArticleMeta.KEYS.contains(h.getKey())) {
                throw new IllegalArgumentException("unknown metadata hint \"" + h.getKey() + "\" (known: " + ArticleMeta.KEYS + ")");
            }
            String v = h.getKey().equals("published") ? isoDate(h.getValue()) : h.getValue();
            meta.putIfAbsent(h.getKey(), new MetaValue(v, "flag", null));
        }
        doc.put(Layers.META, new ArticleMeta(meta));
    }

    private static MetaValue header(String key, HeaderBlock.Value v) {
        if (!key.equals("published")) {
            return new MetaValue(v.value(), "header", v.span());
        }
        return DateParsing.parse(v.value()).map(d -> new MetaValue(d.toString(), "header", v.span())).orElse(null);
    }

    private static String isoDate(String v) {
        return DateParsing.parse(v).map(Object::toString)
                .orElseThrow(() -> new IllegalArgumentException("--published \"" + v + "\" is not a date (use YYYY-MM-DD)"));
    }
}
