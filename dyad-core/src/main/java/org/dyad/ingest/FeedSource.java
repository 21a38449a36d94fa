package org.dyad.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The items of an RSS or Atom feed (Rome), read from a file or fetched from an http(s) URL. An item whose content
 * (Atom {@code content}, RSS {@code content:encoded} or a long {@code description}) carries the article becomes a page
 * of that content; an item that only summarises and links its article has the linked page fetched when its content
 * is asked for ({@link RawArticle#remote()}). The item's title, date, author and link fill what the page leaves
 * unsaid.
 *
 * <p>The XML is parsed with DTDs refused and external entities off, so a feed cannot make dyad read a local file or
 * call out to another server (XXE), and a feed nested more than {@value #MAX_DEPTH} elements deep is refused.
 */
public final class FeedSource extends LazySource {
    /** Content with at least this many words is taken as the article itself. */
    static final int FULL_CONTENT_WORDS = 120;
    /** Feeds nested deeper than this are refused (a real feed is about ten deep; xhtml content adds a few). */
    static final int MAX_DEPTH = 200;

    private final String feedKey;
    private final HttpFetcher fetcher;
    private final Iterator<SyndEntry> entries;
    private final String outlet;
    private final String failure;
    private int n;

    /**
     * @param name    the feed as the user named it (a path or URL)
     * @param feedKey the feed's identity (its absolute file URI or its URL), for items with no link
     * @param xml     the feed document
     * @param fetcher fetches linked pages (may be {@code null}: items without full content are then problems)
     */
    public FeedSource(String name, String feedKey, byte[] xml, HttpFetcher fetcher) {
        super(name);
        this.feedKey = feedKey;
        this.fetcher = fetcher;
        SyndFeed feed = null;
        String fail = null;
        try {
            feed = parse(xml);
        } catch (FeedException | IOException | SAXException | IllegalArgumentException e) {
            fail = "not a readable RSS or Atom feed: " + oneLine(e);
        }
        this.failure = fail;
        this.entries = feed == null ? List.<SyndEntry>of().iterator() : feed.getEntries().iterator();
        this.outlet = feed == null ? null : feed.getTitle();
    }

    /** Parses a feed with DTDs and external entities refused. */
    static SyndFeed parse(byte[] xml) throws IOException, SAXException, FeedException {
        // The JDK's own parser, whatever else is on the class path (CoreNLP brings Xerces, which lacks the JAXP attributes).
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the XML parser cannot be made safe against external entities", e);
        }
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b;
        try {
            b = f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        b.setErrorHandler(null);
        b.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity " + systemId + " refused");
        });
        Document doc;
        try {
            doc = b.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("DOCTYPE")) {
                throw new SAXException("the feed declares a DOCTYPE, which dyad refuses (it can read local files)");
            }
            throw e;
        }
        int depth = depth(doc);
        if (depth > MAX_DEPTH) {
            // Rome converts the document recursively: refuse before a deep one overflows the stack.
            throw new IllegalArgumentException("the feed is nested more than " + MAX_DEPTH + " elements deep");
        }
        return new SyndFeedInput().build(doc);
    }

    /** Depth of the deepest element, computed without recursion. */
    static int depth(org.w3c.dom.Node root) {
        int max = 0;
        int d = 0;
        org.w3c.dom.Node n = root;
        while (n != null) {
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                max = Math.max(max, ++d);
                continue;
            }
            while (n != null && n.getNextSibling() == null) {
                n = n.getParentNode();
                d--;
            }
            n = n == null || n == root ? null : n.getNextSibling();
        }
        return max;
    }

    @Override
    SourceItem advance() {
        if (failure != null && n == 0) {
            n++;
            return SourceItem.problem(name(), failure);
        }
        while (entries.hasNext()) {
            SyndEntry e = entries.next();
            n++;
            String origin = name() + " item " + n;
            try {
                return item(e, origin);
            } catch (RuntimeException ex) {
                return SourceItem.problem(origin, "unreadable feed item: " + oneLine(ex));
            }
        }
        return null;
    }

    private SourceItem item(SyndEntry e, String origin) {
        String link = e.getLink() != null && HttpFetcher.isUrl(e.getLink().strip()) ? e.getLink().strip() : null;
        if (link == null && e.getUri() != null && HttpFetcher.isUrl(e.getUri().strip())) {
            link = e.getUri().strip();
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("title", e.getTitle() == null ? null : Jsoup.parse(e.getTitle()).text());
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        if (d != null) {
            meta.put("published", Payloads.day(d.toInstant()));
        }
        meta.put("author", e.getAuthor());
        meta.put("outlet", outlet);
        meta.put("url", link);
        String content = content(e);
        String id = link != null ? link : name() + "#" + n;
        String key = link != null ? Payloads.canonical(link) : feedKey + "#item-" + n;
        if (content != null && words(content) >= FULL_CONTENT_WORDS || link == null) {
            if (content == null || content.isBlank()) {
                return SourceItem.problem(origin, "the item has neither content nor a link to its article");
            }
            byte[] page = Payloads.page(meta.get("title"), content);
            return SourceItem.of(RawArticle.of(id, origin, key, meta, page));
        }
        if (fetcher == null) {
            return SourceItem.problem(origin, "the item links its article (" + link + ") but fetching is off");
        }
        String url = link;
        return SourceItem.of(new RawArticle(id, origin, key, meta, () -> {
            HttpFetcher.Response r = fetcher.get(url);
            return Payloads.decodeHttp(r.body(), r.contentType());
        }, true));
    }

    /** The item's longest content: its contents, else its description. */
    private static String content(SyndEntry e) {
        String best = null;
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && (best == null || c.getValue().length() > best.length())) {
                best = c.getValue();
            }
        }
        SyndContent desc = e.getDescription();
        if (desc != null && desc.getValue() != null && (best == null || desc.getValue().length() > best.length())) {
            best = desc.getValue();
        }
        return best;
    }

    private static int words(String html) {
        String text = Jsoup.parse(html).text().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
