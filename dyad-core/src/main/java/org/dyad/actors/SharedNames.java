package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.Entity;
import org.dyad.model.Mention;

/**
 * Reads a place name that two countries share ({@code shared-names.tsv}: "Tripoli") as the other country's town when
 * the article names that country and never the usual one: "militias in Tripoli ... the north Lebanese port" is
 * Tripoli in Lebanon. The town is then a place only (it is not the other country's capital, so it stands for no
 * government), with rule {@code dict:shared-name@shared-names.tsv:N}. Stateless.
 */
final class SharedNames {
    private SharedNames() {
    }

    /** {@code found} with each shared name the article's other mentions point elsewhere rewritten; same order. */
    static List<MentionFinder.Found> resolve(List<MentionFinder.Found> found, ActorDictionary dict) {
        Set<String> named = new HashSet<>();
        for (MentionFinder.Found f : found) {
            if (f.code() != null && dict.sharedName(f.mention().text()).isEmpty()) {
                named.add(f.code());
            }
        }
        List<MentionFinder.Found> out = new ArrayList<>(found.size());
        for (MentionFinder.Found f : found) {
            ActorDictionary.SharedName shared = dict.sharedName(f.mention().text()).orElse(null);
            String other = shared == null || !shared.codes().get(0).equals(f.code()) || named.contains(f.code())
                    ? null : onlyOther(shared, named);
            Mention m = f.mention();
            if (other == null) {
                out.add(f);
                continue;
            }
            out.add(new MentionFinder.Found(Entity.Type.LOCATION, m.text(), other, null, null,
                    new Mention(m.begin(), m.end(), m.text(), Mention.Role.PLACE,
                            "dict:shared-name@" + shared.source())));
        }
        return out;
    }

    /** The one alternative country of {@code shared} the article names, or null (none, or several). */
    private static String onlyOther(ActorDictionary.SharedName shared, Set<String> named) {
        String pick = null;
        for (String c : shared.codes().subList(1, shared.codes().size())) {
            if (named.contains(c)) {
                if (pick != null) {
                    return null;
                }
                pick = c;
            }
        }
        return pick;
    }
}
