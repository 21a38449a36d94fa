package org.dyad.events;

import java.util.List;
import org.dyad.model.Entity;
import org.dyad.model.Mention;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Which entity mention covers each token of one sentence. Built from the article's entities; tokens outside every
 * mention map to null.
 */
final class Mentions {
    /** A mention of an entity, as it covers tokens. */
    record At(Entity entity, Mention mention) {
        boolean actor() {
            return mention.role() == Mention.Role.ACTOR;
        }
    }

    private final At[] at;

    Mentions(Sentence s, List<Entity> entities) {
        List<Token> toks = s.tokens();
        at = new At[toks.size()];
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.end() <= s.begin() || m.begin() >= s.end()) {
                    continue;
                }
                for (int i = 0; i < toks.size(); i++) {
                    Token t = toks.get(i);
                    if (t.begin() < m.end() && m.begin() < t.end() && at[i] == null) {
                        at[i] = new At(e, m);
                    }
                }
            }
        }
    }

    At at(int token) {
        return at[token];
    }

    /** Whether an actor mention with a code covers some token. */
    boolean any() {
        return any(true);
    }

    /** Whether a place mention with a code covers some token. */
    boolean anyPlace() {
        return any(false);
    }

    private boolean any(boolean actor) {
        for (At a : at) {
            if (a != null && a.actor() == actor && a.entity().code() != null) {
                return true;
            }
        }
        return false;
    }
}
