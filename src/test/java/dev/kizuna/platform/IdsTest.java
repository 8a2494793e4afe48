package dev.kizuna.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreVersion7AndSortByCreationTime() throws InterruptedException {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Ids.newId());
            Thread.sleep(2);
        }
        assertThat(ids).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
        assertThat(ids.stream().map(UUID::toString).sorted().toList())
                .containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
    }

    @Test
    void aMalformedIdIsAbsentNotAnError() {
        assertThat(Ids.parse("not-a-uuid")).isEmpty();
        assertThat(Ids.parse(null)).isEmpty();
    }
}
