package org.dyad.copies;

import java.util.Comparator;
import java.util.List;

/**
 * Articles linked as copies of one another, with one original.
 *
 * @param id       the story id
 * @param original the key of the original: the earliest published member, else (no dates, or a tie) the longest,
 *                 else the first indexed
 * @param members  every member, in the order they were indexed
 */
public record Story(String id, String original, List<Member> members) {
    public Story {
        members = List.copyOf(members);
    }

    /** One article of a story: its key, input name, publication date (or null) and length in words. */
    public record Member(String key, String doc, String published, int words) {
    }

    /** The story of {@code id} in {@code index}, or null when it has no members. */
    public static Story read(CopyIndex index, String id) {
        List<CopyIndex.Entry> entries = index.story(id);
        if (entries.isEmpty()) {
            return null;
        }
        List<Member> members = entries.stream().map(e -> new Member(e.key(), e.doc(), e.published(),
                e.signature().length())).toList();
        return new Story(id, original(members).key(), members);
    }

    /** The original among {@code members}: earliest date first (undated last), then the longest, then the first. */
    public static Member original(List<Member> members) {
        Comparator<Member> order = Comparator.comparing((Member m) -> m.published() == null ? "\uffff"
                : day(m.published())).thenComparing(Comparator.comparingInt(Member::words).reversed());
        return members.stream().min(order).orElseThrow(() -> new IllegalArgumentException("a story has members"));
    }

    private static String day(String published) {
        return published.length() > 10 ? published.substring(0, 10) : published;
    }
}
