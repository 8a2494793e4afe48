package dev.kizuna.success;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A customer's success plan: its go-live date (リリース日), CS owner (a person, a job role such as カスタマーサクセス, or
 * both), the template it was made from, the phases copied from that template and the regular meeting cadence
 * ({@code none}, {@code weekly}, {@code biweekly}, {@code monthly}).
 */
public record SuccessPlan(UUID id, UUID companyId, String companyName, UUID templateId, String templateName,
        LocalDate goLiveOn, UUID ownerUserId, String ownerUserName, UUID ownerRoleId, String ownerRoleName,
        String meetingCadence, List<PhaseSpan> phases, long version) {

    public static final List<String> CADENCES = List.of("none", "weekly", "biweekly", "monthly");

    public Lifecycle lifecycle() {
        return new Lifecycle(goLiveOn, phases);
    }
}
