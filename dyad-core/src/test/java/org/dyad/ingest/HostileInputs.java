package org.dyad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The hostile corpus: malformed and hostile inputs for every reader, made deterministically from the example
 * articles (truncated files, wrong and mixed encodings, NUL bytes, very long lines, deeply nested HTML, entity
 * bombs, gzip bombs in WARC files, feeds with external entities, malformed dates, very long sentences, and seeded
 * byte mutations). Each input is named {@code kind-detail.ext}; the extension decides the reader.
 *
 * <p>{@code big} adds the inputs that take time and memory to make: a 100 MB single line, a 1 GB gzip bomb
 * (bench/fuzz.sh). Files that a reader must never open are referenced by the XXE and {@code file:} inputs: a
 * named pipe (opening it hangs) and a file holding {@link #SECRET}.
 */
final class HostileInputs {
    /** One input: its file name (the extension picks the reader), what it is, and its bytes. */
    record Input(String name, byte[] bytes) {
        String kind() {
            return name.substring(0, name.indexOf('-') < 0 ? name.length() : name.indexOf('-'));
        }
    }

    /** Text the secret file holds: it must never appear in anything dyad reads. */
    static final String SECRET = "SECRET-b7c1e5-never-read";
    private static final String CANARY_PLACEHOLDER = "@CANARY@";

    private final Map<String, Input> inputs = new LinkedHashMap<>();
    private final Random random = new Random(20261122);
    private final List<Path> examples;
    private final boolean big;

    private HostileInputs(List<Path> examples, boolean big) {
        this.examples = examples;
        this.big = big;
    }

    /**
     * Every input, in a fixed order; references to the canary point at {@code canary} (a file path that must never be
     * opened).
     */
    static List<Input> all(Path examplesDir, Path canary, Path secret, boolean big) throws IOException {
        List<Path> ex;
        try (Stream<Path> s = Files.list(examplesDir)) {
            ex = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
        HostileInputs h = new HostileInputs(ex, big);
        h.make();
        List<Input> out = new ArrayList<>();
        for (Input i : h.inputs.values()) {
            // Every other input points at the named pipe (following it hangs), the others at the secret file
            // (following it shows its text).
            Path target = out.size() % 2 == 0 ? canary : secret;
            out.add(new Input(i.name(), replace(i.bytes(), target.toAbsolutePath().toString())));
        }
        return out;
    }

    /** The repository's examples folder, from a module directory. */
    static Path examplesDir() {
        return Path.of("..", "examples").toAbsolutePath().normalize();
    }

    private void make() throws IOException {
        List<byte[]> texts = new ArrayList<>();
        for (Path p : examples) {
            texts.add(Files.readAllBytes(p));
        }
        byte[] feed = feed(3);
        byte[] jsonl = jsonl();
        byte[] warc = warc(false, null);
        byte[] warcGz = warc(true, null);
        truncations(texts, feed, jsonl, warc, warcGz);
        encodings(texts);
        nulBytes(texts, feed, jsonl);
        longLines();
        nesting();
        entities();
        bombs();
        xxe();
        fileReferences();
        dates();
        longSentences();
        mutations(texts, feed, jsonl, warc, warcGz);
    }

    private void add(String name, byte[] bytes) {
        inputs.putIfAbsent(name, new Input(name, bytes));
    }

    private void add(String name, String text) {
        add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private String ext(int i) {
        return examples.get(i).toString().endsWith(".html") ? "html" : "txt";
    }

    // --- truncated files -------------------------------------------------------------------------------------------

    private void truncations(List<byte[]> texts, byte[] feed, byte[] jsonl, byte[] warc, byte[] warcGz) {
        for (int i = 0; i < texts.size(); i++) {
            byte[] t = texts.get(i);
            for (int k = 0; k < 8; k++) {
                int at = k == 0 ? 1 : random.nextInt(t.length);
                add("truncated-" + i + "-" + at + "." + ext(i), Arrays.copyOf(t, at));
            }
        }
        Map<String, byte[]> containers = Map.of("rss", feed, "jsonl", jsonl, "warc", warc, "warc.gz", warcGz);
        containers.forEach((ext, b) -> {
            for (int k = 0; k < 20; k++) {
                int at = k == 0 ? 1 : random.nextInt(b.length);
                add("truncated-" + ext.replace('.', '_') + "-" + at + "." + ext, Arrays.copyOf(b, at));
            }
        });
    }

    // --- wrong and mixed encodings ---------------------------------------------------------------------------------

    private void encodings(List<byte[]> texts) {
        String[] charsets = {"UTF-16LE", "UTF-16BE", "UTF-16", "ISO-8859-1", "windows-1252", "Shift_JIS", "UTF-32"};
        for (int i = 0; i < texts.size(); i++) {
            String s = new String(texts.get(i), StandardCharsets.UTF_8) + " Hà Nội — “quoted” €";
            for (String cs : charsets) {
                add("encoding-" + cs + "-" + i + "." + ext(i), s.getBytes(Charset.forName(cs)));
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            byte[] latin = s.getBytes(StandardCharsets.ISO_8859_1);
            add("encoding-mixed-" + i + "." + ext(i), concat(Arrays.copyOf(utf8, utf8.length / 2),
                    Arrays.copyOfRange(latin, latin.length / 2, latin.length)));
            if (ext(i).equals("html")) {
                for (String declared : new String[] {"bogus-charset", "utf-7", "UTF-16", "x-user-defined", ""}) {
                    add("encoding-declared-" + declared + "-" + i + ".html", new String(texts.get(i),
                            StandardCharsets.UTF_8).replaceFirst("(?i)charset=\"?[a-z0-9-]+", "charset=" + declared)
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        add("encoding-bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        add("encoding-utf16-bom-only.txt", new byte[] {(byte) 0xFF, (byte) 0xFE});
        add("encoding-overlong.txt", concat("Vietnam ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xE0, (byte) 0x80, (byte) 0xAF}));
        add("encoding-lone-surrogate.txt", concat("Japan ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        add("encoding-latin1-feed.rss", feedWith("<item><title>Caf\u00e9</title><description>Caf\u00e9 "
                + words(130) + "</description></item>").replace("encoding=\"UTF-8\"", "encoding=\"UTF-8\"")
                .getBytes(StandardCharsets.ISO_8859_1));
        add("encoding-latin1.jsonl", "{\"text\": \"Caf\u00e9 in H\u00e0 N\u1ed9i, Vietnam and Japan met.\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    // --- NUL bytes -------------------------------------------------------------------------------------------------

    private void nulBytes(List<byte[]> texts, byte[] feed, byte[] jsonl) {
        for (int i = 0; i < texts.size(); i++) {
            byte[] t = texts.get(i).clone();
            t[random.nextInt(t.length)] = 0;
            add("nul-one-" + i + "." + ext(i), t);
            byte[] many = texts.get(i).clone();
            for (int k = 0; k < many.length; k += 7) {
                many[k] = 0;
            }
            add("nul-many-" + i + "." + ext(i), many);
        }
        add("nul-only.txt", new byte[4096]);
        add("nul-only.html", new byte[4096]);
        add("nul-only.jsonl", new byte[4096]);
        add("nul-only.rss", new byte[4096]);
        add("nul-only.warc", new byte[4096]);
        add("nul-only.warc.gz", new byte[4096]);
        byte[] f = feed.clone();
        f[f.length / 2] = 0;
        add("nul-in-feed.rss", f);
        add("nul-in-json.jsonl", "{\"text\": \"Vietnam\u0000and Japan signed a pact.\"}\n{\"text\": \"a\\u0000b\"}\n");
        byte[] j = jsonl.clone();
        j[j.length / 3] = 0;
        add("nul-in-jsonl.jsonl", j);
    }

    // --- very long lines -------------------------------------------------------------------------------------------

    private void longLines() {
        int[] sizes = big ? new int[] {2 << 20, 11 << 20, 100 << 20} : new int[] {1 << 20, 11 << 20};
        for (int size : sizes) {
            String mb = (size >> 20) + "mb";
            add("longline-" + mb + ".txt", repeat("Vietnam and Japan agreed ", size));
            add("longline-" + mb + ".jsonl", concat(("{\"text\": \"").getBytes(StandardCharsets.UTF_8),
                    repeat("Vietnam and Japan agreed ", size), "\"}\n{\"text\": \"Next line.\"}\n".getBytes(StandardCharsets.UTF_8)));
            add("longline-" + mb + ".html", concat("<html><body><p>".getBytes(StandardCharsets.UTF_8),
                    repeat("Vietnam and Japan agreed ", size)));
        }
        add("longline-nonewline-x.txt", repeat("x", 3 << 20));
        add("longline-one-word.txt", repeat("a", 200_000));
    }

    // --- deeply nested HTML and XML --------------------------------------------------------------------------------

    private void nesting() {
        for (int depth : new int[] {100, 999, 1001, 5_000, 50_000, 200_000}) {
            add("nesting-div-" + depth + ".html", "<html><body>" + "<div>".repeat(depth) + "Vietnam and Japan met."
                    + "</div>".repeat(depth) + "</body></html>");
            add("nesting-unclosed-" + depth + ".html", "<html><body>" + "<div><span>".repeat(depth) + "text");
            add("nesting-table-" + depth + ".html", "<html><body>" + "<table><tr><td>".repeat(Math.min(depth, 20_000)) + "x");
            add("nesting-inline-" + depth + ".html", "<html><body><p>" + "<b><i>".repeat(depth) + "bold");
            add("nesting-xml-" + depth + ".rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><description>"
                    + "<x>".repeat(depth) + "</x>".repeat(depth) + "</description></item></channel></rss>");
            add("nesting-atom-" + depth + ".atom", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                    + "<entry><content type=\"xhtml\">" + "<div>".repeat(depth) + "</div>".repeat(depth)
                    + "</content></entry></feed>");
            add("nesting-json-" + depth + ".jsonl", "[".repeat(depth) + "]".repeat(depth) + "\n{\"text\": \"ok\"}\n");
            add("nesting-jsonhtml-" + depth + ".jsonl", "{\"html\": \"" + "<div>".repeat(depth) + "x\"}\n");
        }
        add("nesting-comment.html", "<html><body>" + "<!--".repeat(10_000) + "x");
        add("nesting-script.html", "<html><body><script>" + "<script>".repeat(10_000));
        add("nesting-noscript.html", "<html><body>" + "<noscript><template><svg><math>".repeat(5_000));
    }

    // --- entity bombs and odd entities -----------------------------------------------------------------------------

    private void entities() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";
        add("entity-billion-laughs.rss", laughs + "<rss version=\"2.0\"><channel><title>&lol9;</title><item>"
                + "<description>&lol9;</description></item></channel></rss>");
        add("entity-billion-laughs.xml", laughs + "<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");
        add("entity-billion-laughs.html", laughs + "<html><body><p>&lol9;</p></body></html>");
        add("entity-quadratic.rss", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"" + "a".repeat(50_000)
                + "\">]><rss version=\"2.0\"><channel><item><description>" + "&a;".repeat(50_000)
                + "</description></item></channel></rss>");
        String[] odd = {"&amp;", "&", "&#0;", "&#x0;", "&#xD800;", "&#x110000;", "&#99999999999999999999;", "&#-1;",
            "&#x;", "&#;", "&nbsp", "&notanentity;", "&amp;amp;amp;", "&#x1F600;", "&#65535;", "&#xFFFE;", "&lt;script&gt;",
            "&#x202E;", "&#8232;", "&#12;"};
        for (int i = 0; i < odd.length; i++) {
            add("entity-odd-" + i + ".html", "<html><head><title>" + odd[i] + "</title></head><body><p>Vietnam "
                    + odd[i].repeat(200) + " and Japan met.</p></body></html>");
            add("entity-odd-" + i + ".rss", feedWith("<item><title>" + odd[i] + "</title><description>"
                    + odd[i].replace("&", "&amp;") + " " + words(130) + "</description></item>"));
            add("entity-odd-" + i + ".jsonl", "{\"html\": \"<p>" + odd[i].repeat(100) + " Vietnam and Japan met.</p>\"}\n");
        }
        add("entity-many.html", "<html><body><p>" + "&amp;".repeat(2_000_000) + "</p></body></html>");
        add("entity-many-nbsp.html", "<html><body><p>" + "&nbsp;".repeat(1_000_000) + "</p></body></html>");
    }

    // --- gzip bombs ------------------------------------------------------------------------------------------------

    private void bombs() throws IOException {
        long[] sizes = big ? new long[] {50L << 20, 1L << 30} : new long[] {50L << 20};
        for (long size : sizes) {
            String mb = (size >> 20) + "mb";
            add("bomb-content-encoding-" + mb + ".warc.gz", warc(true, gzipZeros(size)));
            add("bomb-content-encoding-" + mb + ".warc", warc(false, gzipZeros(size)));
            add("bomb-payload-" + mb + ".warc.gz", gzipped(warcRecordWithZeros(size / 4)));
            add("bomb-gz-html-" + mb + ".html", gzipZeros(size));
            add("bomb-gz-text-" + mb + ".txt", gzipZeros(size));
        }
        byte[] gz = warc(true, null);
        add("bomb-concatenated-members.warc.gz", concat(gz, gz, gz, Arrays.copyOf(gz, gz.length / 2)));
        add("bomb-gz-garbage.warc.gz", concat(new byte[] {0x1f, (byte) 0x8b, 8, 0}, new byte[2048]));
    }

    // --- external entities (XXE) -----------------------------------------------------------------------------------

    private void xxe() {
        String[] doctypes = {
            "<!DOCTYPE rss [<!ENTITY x SYSTEM \"file://" + CANARY_PLACEHOLDER + "\">]>",
            "<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + CANARY_PLACEHOLDER + "\">]>",
            "<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
            "<!DOCTYPE rss [<!ENTITY % p SYSTEM \"file://" + CANARY_PLACEHOLDER + "\">%p;]>",
            "<!DOCTYPE rss SYSTEM \"file://" + CANARY_PLACEHOLDER + "\">",
            "<!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/evil.dtd\">",
            "<!DOCTYPE rss [<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\">]>",
            "<!DOCTYPE rss [<!ENTITY x SYSTEM \"jar:file://" + CANARY_PLACEHOLDER + "!/x\">]>",
            "<!DOCTYPE rss [<!ENTITY x SYSTEM \"netdoc://" + CANARY_PLACEHOLDER + "\">]>",
            "<!DOCTYPE rss PUBLIC \"-//x//y\" \"file://" + CANARY_PLACEHOLDER + "\">",
        };
        for (int i = 0; i < doctypes.length; i++) {
            String item = "<item><title>&x;</title><description>&x; " + words(130) + "</description></item>";
            add("xxe-rss-" + i + ".rss", "<?xml version=\"1.0\"?>" + doctypes[i] + "<rss version=\"2.0\"><channel>"
                    + "<title>t</title>" + item + "</channel></rss>");
            add("xxe-atom-" + i + ".atom", "<?xml version=\"1.0\"?>" + doctypes[i].replace("rss", "feed")
                    + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&x;</title><content>&x; " + words(130)
                    + "</content></entry></feed>");
            add("xxe-xml-" + i + ".xml", "<?xml version=\"1.0\"?>" + doctypes[i] + "<rss version=\"2.0\"><channel>"
                    + item + "</channel></rss>");
            add("xxe-html-" + i + ".html", "<?xml version=\"1.0\"?>" + doctypes[i].replace("rss", "html")
                    + "<html><body><p>&x; Vietnam and Japan met.</p></body></html>");
        }
        add("xxe-xinclude.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                + "<channel><item><description><xi:include href=\"file://" + CANARY_PLACEHOLDER + "\" parse=\"text\"/> "
                + words(130) + "</description></item></channel></rss>");
        add("xxe-stylesheet.rss", "<?xml version=\"1.0\"?><?xml-stylesheet href=\"file://" + CANARY_PLACEHOLDER
                + "\"?><rss version=\"2.0\"><channel><item><description>" + words(130) + "</description></item></channel></rss>");
        add("xxe-schema.atom", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"x file://"
                + CANARY_PLACEHOLDER + "\"><entry><content>" + words(130) + "</content></entry></feed>");
    }

    /** HTML, feeds, JSON Lines and WARC records that point at local files: never followed. */
    private void fileReferences() throws IOException {
        String f = "file://" + CANARY_PLACEHOLDER;
        String[] html = {
            "<img src=\"" + f + "\">", "<iframe src=\"" + f + "\"></iframe>", "<link rel=\"canonical\" href=\"" + f + "\">",
            "<base href=\"file:///\"><a href=\"" + CANARY_PLACEHOLDER + "\">x</a>", "<meta http-equiv=\"refresh\" content=\"0;url=" + f + "\">",
            "<object data=\"" + f + "\"></object>", "<embed src=\"" + f + "\">", "<script src=\"" + f + "\"></script>",
            "<link rel=\"stylesheet\" href=\"" + f + "\">", "<svg><image href=\"" + f + "\"/></svg>",
            "<frameset><frame src=\"" + f + "\"></frameset>", "<style>@import url(" + f + ");</style>",
            "<meta property=\"og:url\" content=\"" + f + "\">", "<link rel=\"amphtml\" href=\"" + f + "\">",
            "<a href=\"../../../../" + CANARY_PLACEHOLDER + "\">x</a>", "<img srcset=\"" + f + " 2x\">",
        };
        for (int i = 0; i < html.length; i++) {
            add("fileref-" + i + ".html", "<html><head>" + html[i] + "</head><body><p>Vietnam and Japan met in Hanoi.</p>"
                    + html[i] + "</body></html>");
            add("fileref-" + i + ".jsonl", "{\"html\": \"" + html[i].replace("\"", "\\\"") + "<p>Vietnam and Japan met.</p>\"}\n");
        }
        add("fileref-item-link.rss", feedWith("<item><title>t</title><link>" + f + "</link><description>short</description></item>"
                + "<item><title>t</title><link>" + CANARY_PLACEHOLDER + "</link><guid>" + f + "</guid></item>"));
        add("fileref-atom-link.atom", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>t</title>"
                + "<link href=\"" + f + "\"/><id>" + f + "</id><summary>short</summary></entry></feed>");
        add("fileref-url.jsonl", "{\"url\": \"" + f + "\", \"text\": \"x\"}\n{\"url\": \"" + CANARY_PLACEHOLDER + "\", \"text\": \"y\"}\n");
        add("fileref-target.warc", warcAt(f, "<html><body><p>Vietnam and Japan met.</p></body></html>"));
        add("fileref-header.txt", "title: x\nurl: " + f + "\n---\nVietnam and Japan met in Hanoi on Monday.\n");
    }

    // --- malformed dates -------------------------------------------------------------------------------------------

    private void dates() {
        String[] dates = {"2023-02-30", "2023-13-01", "0000-00-00", "99999-01-01", "+1000000000-01-01", "-0001-01-01",
            "2023-04-13T25:61:61Z", "yesterday", "NaN", "null", "", " ", "1e400", "-1", "9999999999999999999999",
            "Mon, 32 Apr 2023 10:00:00 GMT", "Fri, 13 Apr 2023 10:00:00 +9999", "2023/04/13", "13.04.2023", "April 31, 2023",
            "٢٠٢٣-٠٤-١٣", "２０２３-０４-１３", "2023-04-13\u0000", "2023-04-13T10:00:00+25:00", "1970-01-01", "2038-01-19T03:14:08Z",
            "0", "Infinity", "2023-W15-4", "2023-103", "T", "--", "2023-04-", "<script>", "2023-04-13" + "9".repeat(1000),
            "1" + "0".repeat(5000), "Sat, 29 Feb 2023 00:00:00 GMT", "31/31/31", "2023-04-13T10:00:00.9999999999999Z",
            "Tuesday last week", "April 1, 1", "Jan 1, 292278994", "the 13th of never", "2023-00-10", "2023-04-00"};
        for (int i = 0; i < dates.length; i++) {
            String d = dates[i];
            String json = d.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000");
            add("date-" + i + ".jsonl", "{\"published\": \"" + json + "\", \"text\": \"Vietnam and Japan signed a pact on Friday.\"}\n");
            add("date-" + i + ".rss", feedWith("<item><title>t</title><pubDate>" + xml(d) + "</pubDate><description>"
                    + words(130) + "</description></item>"));
            add("date-" + i + ".atom", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>t</title>"
                    + "<published>" + xml(d) + "</published><updated>" + xml(d) + "</updated><content>" + words(130)
                    + "</content></entry></feed>");
            add("date-" + i + ".html", "<html><head><meta property=\"article:published_time\" content=\"" + xml(d)
                    + "\"><script type=\"application/ld+json\">{\"datePublished\": \"" + json + "\"}</script></head>"
                    + "<body><time datetime=\"" + xml(d) + "\">" + xml(d) + "</time><p>Vietnam and Japan signed a pact on Friday.</p></body></html>");
            add("date-" + i + ".txt", "published: " + d + "\ntitle: t\n---\nVietnam and Japan signed a pact on Friday, "
                    + d + ".\n");
        }
    }

    // --- very long sentences ---------------------------------------------------------------------------------------

    private void longSentences() {
        for (int n : new int[] {500, 5_000, 50_000, 200_000}) {
            add("sentence-words-" + n + ".txt", "Vietnam " + words(n) + ".\n");
            add("sentence-commas-" + n + ".txt", "Japan said" + ", Vietnam".repeat(n) + ".\n");
            add("sentence-html-" + n + ".html", "<html><body><p>Vietnam " + words(n) + "</p></body></html>");
            add("sentence-jsonl-" + n + ".jsonl", "{\"text\": \"Vietnam " + words(n) + "\"}\n");
            add("sentence-nospace-" + n + ".txt", "Vietnam" + "-Japan".repeat(n) + "\n");
            add("sentence-parens-" + n + ".txt", "(".repeat(n) + "Vietnam" + ")".repeat(n) + "\n");
            add("sentence-quotes-" + n + ".txt", "\u201cVietnam said \u201c".repeat(n / 3) + "\n");
        }
    }

    // --- seeded byte mutations -------------------------------------------------------------------------------------

    private void mutations(List<byte[]> texts, byte[] feed, byte[] jsonl, byte[] warc, byte[] warcGz) {
        List<Object[]> seeds = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            seeds.add(new Object[] {ext(i), texts.get(i)});
        }
        seeds.add(new Object[] {"rss", feed});
        seeds.add(new Object[] {"jsonl", jsonl});
        seeds.add(new Object[] {"warc", warc});
        seeds.add(new Object[] {"warc.gz", warcGz});
        for (int n = 0; n < 220; n++) {
            Object[] s = seeds.get(n % seeds.size());
            byte[] b = ((byte[]) s[1]).clone();
            int edits = 1 + random.nextInt(20);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(b.length);
                switch (random.nextInt(4)) {
                    case 0 -> b[at] = (byte) random.nextInt(256);
                    case 1 -> b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, Math.min(b.length,
                            at + random.nextInt(64)), b.length));
                    case 2 -> b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, at / 2, at), Arrays.copyOfRange(b, at, b.length));
                    default -> b[at] = (byte) "<>&\"'\\\n\r\u0000/;#{}[]".charAt(random.nextInt(16));
                }
                if (b.length == 0) {
                    b = new byte[] {'x'};
                }
            }
            add("mutated-" + n + "." + s[0], b);
        }
    }

    // --- valid containers, to break --------------------------------------------------------------------------------

    private byte[] feed(int items) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items && i < examples.size(); i++) {
            String text = new String(Files.readAllBytes(examples.get(i)), StandardCharsets.UTF_8);
            sb.append("<item><title>Item ").append(i).append("</title><link>https://example.org/feed/").append(i)
                    .append("</link><pubDate>Thu, 13 Apr 2023 10:00:00 GMT</pubDate><description><![CDATA[")
                    .append(text.replace("]]>", "]] >")).append("]]></description></item>");
        }
        return feedWith(sb.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private static String feedWith(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Hostile</title>"
                + "<link>https://example.org/</link><description>d</description>" + items + "</channel></rss>";
    }

    private byte[] jsonl() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            String text = new String(Files.readAllBytes(examples.get(i)), StandardCharsets.UTF_8);
            sb.append("{\"url\": \"https://example.org/j/").append(i).append("\", \"published\": \"2023-04-13\", \"")
                    .append(examples.get(i).toString().endsWith(".html") ? "html" : "text").append("\": \"")
                    .append(text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                            .replace("\t", "\\t"))
                    .append("\"}\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A WARC with three example pages; with {@code bomb}, a fourth whose body is sent gzip-encoded. */
    private byte[] warc(boolean gzip, byte[] bomb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (int i = 0; i < 3; i++) {
                w.write(response("https://example.org/w/" + i, Files.readAllBytes(examples.get(i)), null));
            }
            if (bomb != null) {
                w.write(response("https://example.org/w/bomb", bomb, "gzip"));
            }
        }
        return out.toByteArray();
    }

    private static byte[] warcAt(String uri, String html) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
            w.write(response(uri, html.getBytes(StandardCharsets.UTF_8), null));
        }
        return out.toByteArray();
    }

    private static WarcResponse response(String uri, byte[] body, String encoding) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(200, "OK");
        if (encoding != null) {
            http.addHeader("Content-Encoding", encoding);
        }
        http.body(MediaType.parse("text/html; charset=utf-8"), body);
        return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2023-04-13T10:00:00Z")).body(http.build()).build();
    }

    /** An uncompressed WARC response record whose declared payload is {@code n} zero bytes (streamed, not held). */
    private static byte[] warcRecordWithZeros(long n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + n + "\r\n\r\n";
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/zeros\r\n"
                + "WARC-Date: 2023-04-13T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + (http.length() + n) + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(http.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray(); // the zeros are appended by gzipped(), streaming
    }

    /** Gzips {@code head} followed by the zeros its record declares (the WARC framing from warcRecordWithZeros). */
    private static byte[] gzipped(byte[] head) throws IOException {
        String h = new String(head, StandardCharsets.US_ASCII);
        long zeros = Long.parseLong(h.replaceAll("(?s).*HTTP/1.1.*?Content-Length: (\\d+).*", "$1"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            gz.write(head);
            writeZeros(gz, zeros);
            gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private static byte[] gzipZeros(long n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            writeZeros(gz, n);
        }
        return out.toByteArray();
    }

    private static void writeZeros(OutputStream out, long n) throws IOException {
        byte[] zeros = new byte[1 << 20];
        for (long left = n; left > 0; left -= zeros.length) {
            out.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static final String[] WORDS = {"Vietnam", "and", "Japan", "said", "the", "talks", "in", "Hanoi", "on",
        "trade", "would", "continue", "ministers", "agreed", "officials", "of", "both", "countries"};

    private static String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[i % WORDS.length]);
        }
        return sb.toString();
    }

    private static byte[] repeat(String unit, int bytes) {
        byte[] u = unit.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            out[i] = u[i % u.length];
        }
        return out;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\u0000", "");
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] replace(byte[] b, String canary) {
        byte[] ph = CANARY_PLACEHOLDER.getBytes(StandardCharsets.US_ASCII);
        if (indexOf(b, ph, 0) < 0) {
            return b;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int from = 0;
        for (int at; (at = indexOf(b, ph, from)) >= 0; from = at + ph.length) {
            out.write(b, from, at - from);
            out.writeBytes(canary.getBytes(StandardCharsets.UTF_8));
        }
        out.write(b, from, b.length - from);
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, byte[] p, int from) {
        outer:
        for (int i = from; i <= b.length - p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (b[i + j] != p[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static void write(Path dir, List<Input> inputs) {
        try {
            Files.createDirectories(dir);
            for (Input i : inputs) {
                Files.write(dir.resolve(i.name()), i.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
