package dev.kizuna.dataio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CustomField;
import dev.kizuna.sales.DealDraft;
import dev.kizuna.sales.Deals;
import dev.kizuna.sales.LostReason;
import dev.kizuna.sales.Pipeline;
import dev.kizuna.sales.Stage;

/**
 * Deals from the former system, in whatever stage they had reached: pipeline, stage and lost reason by their
 * Japanese or English names (the first pipeline and its first stage when not given), the customer by
 * {@link CompanyLookup}, the owner by e-mail or name, custom fields of deals by label. Written by
 * {@link Deals#importHistory}: a won or lost deal closes on its {@code closedOn} (else its expected close date), and
 * an imported won deal makes no order.
 */
final class DealBatches extends HistoryBatches {

    private final Deals deals;
    private final List<Pipeline> pipelines;
    private final Choices<Pipeline> pipelineNames;
    private final Map<UUID, Choices<Stage>> stageNames = new HashMap<>();
    private final Choices<LostReason> lostReasons;
    private final List<CustomField> customFields;

    DealBatches(Setup setup, Deals deals, List<Pipeline> pipelines, List<LostReason> lostReasons,
            List<CustomField> customFields) {
        super(setup);
        this.deals = deals;
        this.pipelines = pipelines;
        this.pipelineNames = new Choices<>(pipelines, p -> List.of(p.name(), p.nameEn()));
        pipelines.forEach(p -> stageNames.put(p.id(), new Choices<>(p.activeStages(), s -> List.of(s.name(), s.nameEn()))));
        this.lostReasons = new Choices<>(lostReasons, r -> List.of(r.name(), r.nameEn()));
        this.customFields = customFields;
    }

    @Override
    UUID write(Map<String, String> v) {
        UUID companyId = companies.companyOf(v);
        Pipeline pipeline = pipelineNames.of(v, "pipeline");
        if (pipeline == null) {
            pipeline = pipelines.isEmpty() ? null : pipelines.getFirst();
        }
        Stage stage = pipeline == null ? null : stageNames.get(pipeline.id()).of(v, "stage");
        LostReason lostReason = lostReasons.of(v, "lostReason");
        LocalDate expected = date(v, "expectedCloseOn");
        LocalDate closed = date(v, "closedOn");
        LocalDate closedOn = closed != null ? closed : expected;
        Instant closedAt = closedOn == null ? null : closedOn.atTime(12, 0).atZone(Transforms.TOKYO).toInstant();
        DealDraft draft = new DealDraft(text(v, "name"), companyId, contacts.contactOf(v),
                pipeline == null ? null : pipeline.id(), stage == null ? null : stage.id(), amount(v, "amount"),
                expected, user(v, "owner"), text(v, "leadSource"), amount(v, "budget"), text(v, "challenges"),
                text(v, "nextStep"), date(v, "nextStepOn"), lostReason == null ? null : lostReason.id(),
                text(v, "lostNote"), custom(v));
        return deals.importHistory(draft, closedAt).id();
    }

    private Map<String, Object> custom(Map<String, String> v) {
        Map<String, Object> custom = new LinkedHashMap<>();
        for (CustomField field : customFields) {
            if (v.containsKey(field.name())) {
                custom.put(field.key(), customValue(v, field));
            }
        }
        return custom;
    }

    @Override
    String targetOf(String field) {
        if (field.startsWith("customFields.")) {
            String key = field.substring("customFields.".length());
            return customFields.stream().filter(f -> f.key().equals(key)).map(CustomField::name).findFirst().orElse(field);
        }
        return switch (field) {
            case "pipelineId" -> "pipeline";
            case "stageId" -> "stage";
            case "lostReasonId" -> "lostReason";
            default -> super.targetOf(field);
        };
    }
}
