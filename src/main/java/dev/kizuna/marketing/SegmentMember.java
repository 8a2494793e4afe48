package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.UUID;

/** A customer in a segment, with the figures segments are usually built on. */
public record SegmentMember(UUID companyId, String name, String nameKana, String email, String prefecture,
        boolean emailOptIn, int fStage, long ltv, LocalDate lastOrderOn) {
}
