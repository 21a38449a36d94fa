package org.dyad.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.dyad.Layers;
import org.dyad.model.Format;
import org.dyad.model.Input;
import org.dyad.model.Source;
import org.dyad.pipeline.BadInputException;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Decodes the raw input and, for HTML, parses it. Refuses, with a one-line reason: empty input, input over the size
 * limit, binary input, bytes that are not valid in the declared (or default UTF-8) charset, and HTML nested deeper
 * than {@link #MAX_HTML_DEPTH} elements.
 */
public final class ReadStage implements Stage {
    public static final String NAME = "read";
    /** Default size limit for one article: ten times a long news page. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_HTML_DEPTH = 1000;

    private final long maxBytes;

    public ReadStage() {
        this(DEFAULT_MAX_BYTES);
    }

    public ReadStage(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SOURCE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.INPUT);
    }

    @Override
    public void process(Doc doc) throws BadInputException {
        Source src = doc.get(Layers.SOURCE);
        byte[] bytes = src.bytes();
        if (bytes.length > maxBytes) {
            throw new BadInputException(String.format(Locale.ROOT,
                    "file is %.1f MB, over the %.1f MB limit for one article (raise it with --max-bytes)",
                    bytes.length / 1048576.0, maxBytes / 1048576.0));
        }
        boolean html = looksLikeHtml(src.id(), bytes);
        Decoder.Decoded d = Decoder.decode(bytes, html);
        if (d.text().isBlank()) {
            throw new BadInputException("no text: the file holds only white space");
        }
        Document dom = null;
        if (html) {
            try {
                dom = Html.parse(d.text(), src.id().startsWith("http") ? src.id() : "");
            } catch (RuntimeException e) {
                // jsoup can fail on pathological markup (e.g. thousands of nested <template>/<svg> in <noscript>)
                throw new BadInputException("the HTML parser cannot read this page (" + e.getClass().getSimpleName()
                        + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip() + ")");
            }
            int depth = maxDepth(dom);
            if (depth > MAX_HTML_DEPTH) {
                throw new BadInputException("HTML nested more than " + MAX_HTML_DEPTH
                        + " elements deep; not a news page");
            }
        }
        doc.put(Layers.INPUT, new Input(d.text(), d.charset(), html ? Format.HTML : Format.TEXT, sha256(bytes), dom));
    }

    static boolean looksLikeHtml(String id, byte[] bytes) {
        String lower = id.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return true;
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text") || lower.endsWith(".md")) {
            return false;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html") || head.contains("<body") || head.contains("<head>");
    }

    /** Depth of the deepest element, computed without recursion. */
    static int maxDepth(Document dom) {
        int max = 0;
        java.util.ArrayDeque<Element> stack = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        stack.push(dom);
        depths.push(0);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            int d = depths.pop();
            max = Math.max(max, d);
            for (Element c : e.children()) {
                stack.push(c);
                depths.push(d + 1);
            }
        }
        return max;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
