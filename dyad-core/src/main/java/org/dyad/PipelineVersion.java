package org.dyad;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * The version stamped on every stored fact: dyad's release, the NLP models' release and a digest of the rule and
 * dictionary files, e.g. {@code dyad/0.1.0 corenlp/4.5.10 data/3f2a9c1e}. Two runs with the same stamp on the same
 * input give the same facts.
 */
public final class PipelineVersion {
    /** Data files whose content shapes the output; a change to any of them changes the stamp. */
    public static final List<String> DATA_FILES = List.of(
            "dyad/actors/countries.tsv", "dyad/actors/ethnic-groups.tsv", "dyad/actors/metonyms.tsv", "dyad/actors/organisations.tsv",
            "dyad/actors/places.tsv", "dyad/actors/shared-names.tsv", "dyad/actors/titles.tsv", "dyad/actors/sector-keywords.tsv",
            "dyad/actors/office-holders.tsv", "dyad/clean/boilerplate.tsv",
            "dyad/events/cameo.tsv", "dyad/events/patterns.tsv", "dyad/events/plover.tsv",
            "dyad/events/plover-categories.tsv", "dyad/events/group-nouns.tsv",
            "dyad/ladders/ladders.tsv", "dyad/ladders/history.tsv", "dyad/ladders/cues.tsv", "dyad/ladders/words.tsv",
            "dyad/ladders/relations.tsv", "dyad/lang/languages.tsv");

    private PipelineVersion() {
    }

    /** dyad's own release, from the build. */
    public static String release() {
        Properties p = new Properties();
        try (InputStream in = PipelineVersion.class.getClassLoader().getResourceAsStream("dyad/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read dyad/version.properties", e);
        }
        return p.getProperty("version", "dev");
    }

    /** The full stamp, given the version of the NLP component (or {@code null} when none is used). */
    public static String of(String nlpName, String nlpVersion) {
        return "dyad/" + release() + (nlpName == null ? "" : " " + nlpName + "/" + nlpVersion) + " data/" + dataDigest();
    }

    /** First 8 hex digits of the SHA-256 over the data files present on the classpath. */
    public static String dataDigest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String f : DATA_FILES) {
                try (InputStream in = PipelineVersion.class.getClassLoader().getResourceAsStream(f)) {
                    md.update(f.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    if (in != null) {
                        md.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 8);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest the data files", e);
        }
    }
}
