package org.dyad.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.dyad.model.Entity;
import org.dyad.model.Mention;
import org.dyad.model.Token;

/**
 * A compass word before a country or city names a part of it: "South Lebanon", "southern Serbia", "central
 * Baghdad", "western Cambodia" lie in Lebanon, Serbia, Iraq and Cambodia. Such a phrase is a place of that
 * country, never an actor. Names the dictionaries list whole win ("South Korea", "Northern Ireland", "East
 * Timor", "South China Sea", "North America"): the rule applies only where no dictionary name starts at the
 * compass word. The mention is one of the country's, with the place role, like "in Serbia".
 */
final class RegionRule {
    static final String RULE = "place:region";
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
            "north-eastern", "north-western", "south-eastern", "south-western");

    private RegionRule() {
    }

    /**
     * The region mention starting at token {@code i}, or null when token {@code i} is not a compass word followed
     * by a country, capital or coded place.
     */
    static MentionFinder.Found at(ActorDictionary dict, String text, String folded, List<Token> ts, int i,
                                  IntPredicate isTokenEnd) {
        if (i + 1 >= ts.size() || !COMPASS.contains(ts.get(i).word().toLowerCase(Locale.ROOT))
                || !dict.gazetteer().longestAt(folded, ts.get(i).begin(), isTokenEnd).isEmpty()) {
            return null;
        }
        for (Gazetteer.Match m : dict.gazetteer().longestAt(folded, ts.get(i + 1).begin(), isTokenEnd)) {
            Entry e = m.entry();
            boolean named = e.kind() == Entry.Kind.COUNTRY || e.kind() == Entry.Kind.CAPITAL
                    || e.kind() == Entry.Kind.PLACE;
            if (named && e.code() != null && !e.code().isEmpty()) {
                int begin = ts.get(i).begin();
                String surface = text.substring(begin, m.end());
                return new MentionFinder.Found(Entity.Type.COUNTRY, dict.countryName(e.code()), e.code(), null, null,
                        new Mention(begin, m.end(), surface, Mention.Role.PLACE, RULE));
            }
        }
        return null;
    }
}
