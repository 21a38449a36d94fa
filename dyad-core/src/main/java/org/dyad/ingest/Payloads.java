package org.dyad.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.pipeline.BadInputException;

/** Turning container payloads into article bytes the read stage decodes the usual way. */
final class Payloads {
    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Payloads() {
    }

    /**
     * The payload re-encoded as UTF-8 behind a byte-order mark when the HTTP {@code Content-Type} names a charset (as
     * in a browser, the transport's charset wins over the page's {@code <meta charset>}, and the mark makes the read
     * stage honour it); else the bytes as they are.
     */
    static byte[] decodeHttp(byte[] body, String contentType) throws BadInputException {
        if (contentType == null) {
            return body;
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return body;
        }
        Charset cs;
        try {
            cs = Charset.forName(m.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return body; // an unknown transport charset: let the page's own declaration decide
        }
        if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
            cs = Charset.forName("windows-1252");
        }
        int off = body.length >= 3 && body[0] == BOM[0] && body[1] == BOM[1] && body[2] == BOM[2] ? 3 : 0;
        String text;
        try {
            text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, off, body.length - off)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException("payload is not valid " + cs.name() + " as its Content-Type says");
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[utf8.length + 3];
        System.arraycopy(BOM, 0, out, 0, 3);
        System.arraycopy(utf8, 0, out, 3, utf8.length);
        return out;
    }

    static boolean isHtmlType(String contentType) {
        if (contentType == null) {
            return false;
        }
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** Whether an HTML string is a whole page (has {@code <html>}, {@code <head>} or {@code <body>}) or a fragment. */
    static boolean isWholePage(String html) {
        String head = html.substring(0, Math.min(html.length(), 2048)).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<body") || head.contains("<head");
    }

    /**
     * A page around an HTML fragment (a feed item's content, a JSON Lines {@code html} field): UTF-8, the title in
     * {@code <title>}, the fragment in {@code <article>}. Offsets of records then point into this page.
     */
    static byte[] page(String title, String fragment) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">");
        if (title != null && !title.isBlank()) {
            sb.append("<title>").append(escape(title.strip())).append("</title>");
        }
        sb.append("</head>\n<body><article>\n").append(fragment).append("\n</article></body></html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A URL without its fragment: the identity of the page it names. */
    static String canonical(String url) {
        int hash = url.indexOf('#');
        return (hash >= 0 ? url.substring(0, hash) : url).strip();
    }

    /**
     * The UTC day of a container's timestamp as {@code YYYY-MM-DD}, or {@code null} for a year outside 1000-9999
     * (a malformed date in a feed or a WARC header is no date, rather than an article the metadata stage refuses).
     */
    static String day(java.time.Instant t) {
        java.time.LocalDate d = t.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        return d.getYear() >= 1000 && d.getYear() <= 9999 ? d.toString() : null;
    }
}
