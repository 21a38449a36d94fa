package org.dyad.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Mention;
import org.dyad.model.Token;

/**
 * Decides whether a country or city name is used as a place ("talks in Hanoi", "a visit to Hanoi") or as an actor
 * ("Hanoi wants", "ties with Washington", "blowback from Beijing"). A place is never coded as an actor. Looks at the
 * words just before the name: a locative preposition ("in", "at", ...), or "to" after a word of travel. "from" and
 * "towards" are left to mean actors: arms come from, and stances are towards, states.
 */
final class PlaceRule {
    static final String RULE = "place:preposition";
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "across", "throughout",
            "around", "within", "into", "via", "off");
    private static final Set<String> TRAVEL = Set.of("visit", "visits", "visited", "visiting", "trip", "trips",
            "travel", "travels", "traveled", "travelled", "traveling", "travelling", "go", "goes", "went", "going",
            "come", "comes", "came", "fly", "flew", "flies", "arrive", "arrived", "arrives", "return", "returned",
            "returns", "head", "headed", "heads", "journey", "tour", "voyage", "mission", "delegation", "back",
            "way", "flight", "shipment", "shipments", "exports", "export", "sent", "send");

    private PlaceRule() {
    }

    /**
     * Role of a mention covering tokens {@code first..last} of the sentence. A possessive ("Beijing's neighbour",
     * "in Hanoi's view") names an owner or holder of a view, so it is an actor whatever precedes it.
     */
    static Mention.Role roleOf(List<Token> tokens, int first, int last) {
        if (last + 1 < tokens.size()) {
            String next = tokens.get(last + 1).word();
            if (next.equals("'s") || next.equals("’s") || next.equals("'")) {
                return Mention.Role.ACTOR;
            }
        }
        int i = first - 1;
        if (i >= 0 && lower(tokens.get(i)).equals("the")) {
            i--;
        }
        if (i < 0) {
            return Mention.Role.ACTOR;
        }
        String prev = lower(tokens.get(i));
        if (LOCATIVE.contains(prev)) {
            return Mention.Role.PLACE;
        }
        if (prev.equals("to") && i > 0) {
            for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                if (TRAVEL.contains(lower(tokens.get(k)))) {
                    return Mention.Role.PLACE;
                }
            }
        }
        return Mention.Role.ACTOR;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
