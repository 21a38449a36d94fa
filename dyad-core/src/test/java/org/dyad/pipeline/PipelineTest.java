package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.dyad.Layers;
import org.dyad.actors.ActorStage;
import org.dyad.clean.CleanStage;
import org.dyad.read.MetadataStage;
import org.dyad.read.ReadStage;
import org.junit.jupiter.api.Test;

class PipelineTest {
    @Test
    void aStageWhoseRequirementNoEarlierStageProvidesIsRejectedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(Set.of(Layers.SOURCE),
                List.of(new ReadStage(), new MetadataStage(), new CleanStage())));
        assertEquals("stage \"meta\" requires layer \"clean\", which no earlier stage provides (available: [source, input])",
                e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(Set.of(Layers.SOURCE),
                List.of(new ReadStage(), new CleanStage(), new MetadataStage(), new ActorStage())));
        assertEquals(true, e2.getMessage().startsWith("stage \"actors\" requires layer \"sentences\""), e2.getMessage());
    }

    @Test
    void stageNamesAreUniqueAndLayersTyped() {
        assertThrows(IllegalArgumentException.class, () -> Pipeline.of(Set.of(Layers.SOURCE),
                List.of(new ReadStage(), new ReadStage())));
        Doc d = new Doc("x");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Layer<Object> untyped = (Layer) Layers.SENTENCES;
        assertThrows(IllegalArgumentException.class, () -> d.put(untyped, "not a list"));
        assertThrows(IllegalStateException.class, () -> d.get(Layers.CLEAN));
    }

    @Test
    void timingsAreKeptPerStage() throws Exception {
        Pipeline p = Pipeline.of(Set.of(Layers.SOURCE), List.of(new ReadStage(), new CleanStage()));
        Doc d = new Doc("a.txt").put(Layers.SOURCE, new org.dyad.model.Source("a.txt",
                "Talks went well.".getBytes(java.nio.charset.StandardCharsets.UTF_8), null));
        p.process(d);
        assertEquals(List.of("read", "clean"), List.copyOf(p.timingsMillis().keySet()));
        assertEquals("Talks went well.", d.get(Layers.CLEAN).text());
    }
}
