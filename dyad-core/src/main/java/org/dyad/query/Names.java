package org.dyad.query;

import java.util.HashMap;
import java.util.Map;
import org.dyad.actors.ActorDictionary;
import org.dyad.data.Tsv;

/** Display names of country and bloc codes. Thread-safe. */
public final class Names {
    private static volatile Map<String, String> blocNames;

    private Names() {
    }

    /** "Vietnam", "European Union", or the code itself; "-" for null. */
    public static String name(String code) {
        if (code == null) {
            return "-";
        }
        String n = ActorDictionary.standard().countryName(code);
        if (!n.equals(code)) {
            return n;
        }
        return blocs().getOrDefault(code, code);
    }

    private static Map<String, String> blocs() {
        Map<String, String> m = blocNames;
        if (m == null) {
            m = new HashMap<>();
            for (Tsv.Row r : Tsv.resource("dyad/actors/organisations.tsv", "code", "name").rows()) {
                m.put(r.get("code"), r.get("name"));
            }
            blocNames = m;
        }
        return m;
    }
}
