package org.dyad.actors;

import java.util.List;

/**
 * Which person already seen a new name refers to, within one article: the same full name (allowing one letter of
 * damage in the last part), or a one-word name equal to the first or last part of a fuller name ("Blinken" →
 * "Antony Blinken", "Xi" → "Xi Jinping", "Chinh" → "Pham Minh Chin").
 */
final class PersonMerge {
    private PersonMerge() {
    }

    static ActorStage.Builder find(List<ActorStage.Builder> people, String name) {
        String[] want = Names.fold(name).split("\\s+");
        ActorStage.Builder partial = null;
        for (ActorStage.Builder b : people) {
            String[] have = Names.fold(b.name).split("\\s+");
            if (Fuzzy.sameFullName(have, want)) {
                return b;
            }
            if (want.length == 1 && (Fuzzy.sameName(have[have.length - 1], want[0]) || have[0].equals(want[0]))) {
                partial = partial == null ? b : partial;
            } else if (have.length == 1 && (Fuzzy.sameName(want[want.length - 1], have[0]) || want[0].equals(have[0]))) {
                partial = partial == null ? b : partial;
            }
        }
        return partial;
    }
}
