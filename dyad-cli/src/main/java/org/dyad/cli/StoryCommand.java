package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.copies.CopyRecord;
import org.dyad.copies.Story;
import org.dyad.store.Store;
import org.dyad.store.StoredArticle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dyad story}: the copies of one story and its original. */
@Command(name = "story", mixinStandardHelpOptions = true,
        description = {"Show a story: the stored articles linked as copies of one another (exact, near, spun, "
                + "translated, same story), which one is the original (the earliest published, else the longest), "
                + "and how each copies the others."})
final class StoryCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The story's id (from dyad show); when no story has it, an article "
            + "(number, key or path) whose story to show.")
    String id;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store st = store.open()) {
            Optional<Story> story = st.story(id).or(() -> st.article(id).flatMap(a -> st.copies().get(a.key()))
                    .flatMap(e -> st.story(e.story())));
            if (story.isEmpty()) {
                err.println("dyad: no story or article \"" + id + "\" in " + store.location()
                        + " (try: dyad show ARTICLE)");
                return ExitCodes.SOME_FAILED;
            }
            Story s = story.get();
            out.printf("story %s: %d article%s%n", s.id(), s.members().size(), s.members().size() == 1 ? "" : "s");
            for (Story.Member m : s.members()) {
                Optional<StoredArticle> a = st.article(m.key());
                out.printf("%s #%-5s %-10s %6d words  %s%n", m.key().equals(s.original()) ? "original" : "    copy",
                        a.map(x -> Long.toString(x.id())).orElse("?"), m.published() == null ? "undated"
                                : m.published().substring(0, Math.min(10, m.published().length())), m.words(),
                        m.doc() == null ? m.key() : m.doc());
                for (CopyRecord c : a.map(x -> x.extraction().facts(CopyRecord.class)).orElse(java.util.List.of())) {
                    out.printf("           %-10s %.2f of %s  [%s]%n", c.type(), c.score(),
                            c.otherDoc() == null ? c.other() : c.otherDoc(), c.rule());
                }
            }
        }
        return ExitCodes.OK;
    }
}
