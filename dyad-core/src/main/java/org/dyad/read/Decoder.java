package org.dyad.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.pipeline.BadInputException;

/**
 * Turns raw bytes into text, strictly: a byte-order mark or a charset the document declares is honoured; otherwise
 * the bytes must be valid UTF-8. Binary input and undecodable bytes are refused with a message saying what to do;
 * nothing is guessed silently.
 */
final class Decoder {
    /** Text decoded with the charset that decoded it. */
    record Decoded(String text, String charset) {
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.\\-]+)", Pattern.CASE_INSENSITIVE);

    private Decoder() {
    }

    static Decoded decode(byte[] bytes, boolean html) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException("empty file: nothing to read");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        int nul = indexOf(bytes, (byte) 0, 65536);
        if (nul >= 0) {
            throw new BadInputException("binary file (NUL byte at offset " + nul + "); dyad reads plain-text and HTML articles");
        }
        Charset declared = html ? declaredCharset(bytes) : null;
        Charset cs = declared != null ? declared : StandardCharsets.UTF_8;
        String text = strict(bytes, 0, cs);
        if (controlShare(text) > 0.05) {
            throw new BadInputException("binary file (" + Math.round(controlShare(text) * 100)
                    + "% control characters); dyad reads plain-text and HTML articles");
        }
        return new Decoded(text, cs.name());
    }

    private static String strict(byte[] bytes, int offset, Charset cs) throws BadInputException {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return dec.decode(in).toString();
        } catch (CharacterCodingException e) {
            int at = in.position();
            String b = at < bytes.length ? String.format("0x%02X", bytes[at] & 0xFF) : "end of file";
            throw new BadInputException("not valid " + cs.name() + " (bad byte " + b + " at offset " + at + ")"
                    + (cs.equals(StandardCharsets.UTF_8)
                    ? "; convert it to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8) or declare its charset in the HTML"
                    : ""));
        }
    }

    /** The charset an HTML page declares in its first 4 KB ({@code <meta charset>}, http-equiv, XML prolog). */
    private static Charset declaredCharset(byte[] bytes) throws BadInputException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Matcher x = XML_ENCODING.matcher(head);
        String name = m.find() ? m.group(1) : x.find() ? x.group(1) : null;
        if (name == null) {
            return null;
        }
        try {
            Charset cs = Charset.forName(name.trim().toUpperCase(Locale.ROOT));
            // Browsers read ISO-8859-1 and US-ASCII as windows-1252; so do we.
            if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
                return Charset.forName("windows-1252");
            }
            return cs;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new BadInputException("declares an unknown charset \"" + name + "\"");
        }
    }

    private static double controlShare(String text) {
        int n = Math.min(text.length(), 65536);
        if (n == 0) {
            return 0;
        }
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                bad++;
            }
        }
        return bad / (double) n;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte v, int limit) {
        for (int i = 0; i < Math.min(b.length, limit); i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
