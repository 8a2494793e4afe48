package dev.kizuna.success;

import java.util.List;
import java.util.UUID;

/** A success-plan template: phases as month offsets from go-live and checklist items with their due day offsets. */
public record SuccessTemplate(UUID id, String name, boolean builtin, List<PhaseSpan> phases, List<Item> items,
        long version) {

    /** An item of phase {@code phase} (the phase's position), due {@code dueOffsetDays} from go-live. */
    public record Item(int phase, String title, String titleKey, String side, int dueOffsetDays) {
    }
}
