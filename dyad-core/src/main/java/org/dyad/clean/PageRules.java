package org.dyad.clean;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * The CSS rules of a {@link BoilerplateRules} bound to one page, so that testing an element does not walk up to the
 * page's root each time (which made deeply nested pages quadratic). One instance per page and thread.
 */
final class PageRules {
    private record Bound(Rule rule, Predicate<Element> test) {
    }

    private final BoilerplateRules rules;
    private final Map<Scope, List<Bound>> css = new EnumMap<>(Scope.class);

    PageRules(BoilerplateRules rules, Element root) {
        this.rules = rules;
        for (Scope s : Scope.values()) {
            if (!s.regex()) {
                List<Bound> bound = new ArrayList<>();
                for (Rule r : rules.of(s)) {
                    bound.add(new Bound(r, r.css().asPredicate(root)));
                }
                css.put(s, bound);
            }
        }
    }

    /** All rules, for the regular-expression scopes. */
    BoilerplateRules rules() {
        return rules;
    }

    /** The first rule of a CSS scope that {@code e} matches, or {@code null}. */
    Rule first(Scope scope, Element e) {
        for (Bound b : css.get(scope)) {
            if (b.test().test(e)) {
                return b.rule();
            }
        }
        return null;
    }
}
