package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.Layers;
import org.dyad.model.Entity;
import org.dyad.model.Mention;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;

/**
 * Resolves the actors an article names: countries (names, aliases, demonyms, capitals and seats of power used for
 * governments), organisations, and people with the titles the article gives them, merged within the article
 * ("Blinken" = "Antony Blinken"). Place names used as places are kept as places, never actors. Every mention
 * records the rule that found it; dictionary rules name the data file and line.
 */
public final class ActorStage implements Stage {
    public static final String NAME = "actors";

    private final ActorDictionary dict;

    public ActorStage() {
        this(ActorDictionary.standard());
    }

    public ActorStage(ActorDictionary dict) {
        this.dict = dict;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.CLEAN, Layers.SENTENCES, Layers.META);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public void process(Doc doc) {
        String text = doc.get(Layers.CLEAN).text();
        LocalDate published = doc.get(Layers.META).published().orElse(null);
        MentionFinder finder = new MentionFinder(dict, text, published);
        List<MentionFinder.Found> found = new ArrayList<>();
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            found.addAll(finder.find(s));
        }
        found.addAll(finder.surnames(doc.get(Layers.SENTENCES), found));
        doc.put(Layers.ENTITIES, merge(SharedNames.resolve(found, dict), published));
    }

    /** Groups mentions into entities: countries by code, organisations by code or name, people by name. */
    private List<Entity> merge(List<MentionFinder.Found> found, LocalDate published) {
        found.sort(java.util.Comparator.comparingInt(f -> f.mention().begin()));
        Map<String, Builder> byKey = new LinkedHashMap<>();
        List<Builder> people = new ArrayList<>();
        for (MentionFinder.Found f : found) {
            if (f.type() == Entity.Type.PERSON) {
                Builder b = PersonMerge.find(people, f.name());
                if (b == null) {
                    b = new Builder(f);
                    people.add(b);
                    byKey.put("person:" + people.size(), b);
                } else {
                    b.add(f);
                }
                continue;
            }
            String key = f.type() + ":" + (f.code() != null ? f.code() : f.name());
            Builder b = byKey.get(key);
            if (b == null) {
                byKey.put(key, new Builder(f));
            } else {
                b.add(f);
            }
        }
        List<Builder> ordered = new ArrayList<>(byKey.values());
        ordered.sort(java.util.Comparator.comparingInt(b -> b.mentions.get(0).begin()));
        List<Entity> out = new ArrayList<>();
        for (Builder b : ordered) {
            out.add(b.build("e" + (out.size() + 1), dict, published));
        }
        return List.copyOf(out);
    }

    /** Collects one entity's mentions and the best name, title and codes seen. */
    static final class Builder {
        final Entity.Type type;
        String name;
        String code;
        String sector;
        TitleFinder.Found title;
        final String rule;
        final List<Mention> mentions = new ArrayList<>();

        Builder(MentionFinder.Found f) {
            this.type = f.type();
            this.name = f.name();
            this.code = f.code();
            this.sector = f.sector();
            this.title = f.title();
            this.rule = f.mention().rule();
            mentions.add(f.mention());
        }

        void add(MentionFinder.Found f) {
            mentions.add(f.mention());
            if (f.name().length() > name.length()) {
                name = f.name();
            }
            if (code == null) {
                code = f.code();
            }
            if (sector == null) {
                sector = f.sector();
            }
            if (title == null) {
                title = f.title();
            }
        }

        Entity build(String id, ActorDictionary dict, LocalDate published) {
            String role = title == null ? null : title.title().role();
            String c = code;
            String sec = sector;
            String canonical = name;
            if (type == Entity.Type.PERSON) {
                if (title != null) {
                    c = c != null ? c : title.country();
                    sec = sec != null ? sec : title.title().sector();
                }
                List<OfficeHolder> holders = holders(dict, name, published);
                if (!holders.isEmpty()) {
                    OfficeHolder h = holders.get(0);
                    canonical = h.person();
                    c = c != null ? c : h.country();
                    sec = sec != null ? sec : h.sector();
                    role = role != null ? role : h.office();
                }
            }
            return new Entity(id, canonical, type, c, sec, title == null ? null : title.text(), role,
                    title == null ? null : title.span(), mentions, rule);
        }

        /**
         * Of several holders of one office ("Premier Li": Li Peng, Li Keqiang, Li Qiang), the one in office on the
         * publication date, when there is one; otherwise all of them.
         */
        private static List<OfficeHolder> inOffice(List<OfficeHolder> holders, LocalDate published) {
            List<OfficeHolder> then = published == null ? List.of()
                    : holders.stream().filter(h -> h.heldOn(published)).toList();
            return then.isEmpty() ? holders : then;
        }

        /**
         * The office holders this person may be: by full name, in office on the publication date; or, when the
         * article's title for the person names the same office ("President Levy Mwanawasa"), in that office at any
         * time (the title and the full name agree, so a missing or wrong date does not matter); or, for a bare
         * surname, the only person of that surname in office on the publication date ("Putin") or, with a title,
         * ever in that office ("President Obama").
         */
        private List<OfficeHolder> holders(ActorDictionary dict, String name, LocalDate published) {
            if (!name.contains(" ")) {
                // "Putin", or "President Obama": one person of that surname, in office then, or in that office
                List<OfficeHolder> now = title != null ? inOffice(dict.titledHolders(name).stream()
                        .filter(h -> h.office().equals(title.title().role())).toList(), published)
                        : published == null ? List.of() : dict.holders(name, published);
                boolean one = !now.isEmpty() && now.stream().allMatch(h -> h.person().equals(now.get(0).person()));
                return one ? now : List.of();
            }
            List<OfficeHolder> now = dict.holders(name, published);
            if (!now.isEmpty() || title == null || published == null) {
                return now;
            }
            String office = title.title().role();
            return dict.holders(name, null).stream().filter(h -> h.office().equals(office)).toList();
        }
    }
}
