package dev.kizuna.dataio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CompanyImports;
import dev.kizuna.customers.CustomField;
import dev.kizuna.sales.DealDraft;
import dev.kizuna.sales.Deals;
import dev.kizuna.sales.LostReason;
import dev.kizuna.sales.Pipeline;
import dev.kizuna.sales.Stage;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deals from the former system, in whatever stage they had reached: pipeline, stage and lost reason by their
 * Japanese or English names (the first pipeline and its first stage when not given), the customer by
 * {@link CompanyLookup}, the owner by e-mail or name, custom fields of deals by label. Written by
 * {@link Deals#importHistory}: a won or lost deal closes on its {@code closedOn} (else its expected close date), and
 * an imported won deal makes no order.
 */
final class DealBatches extends HistoryBatches {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final CompanyImports companyImports;
    private final Deals deals;
    private final List<Pipeline> pipelines;
    private final List<LostReason> lostReasons;
    private final List<CustomField> customFields;
    private final CompanyRows.Owners owners;
    private CompanyLookup companies;
    private ContactLookup contacts;

    DealBatches(DataImport job, String pass, ImportRepository imports, TransactionTemplate nested,
            CompanyImports companyImports, Deals deals, List<Pipeline> pipelines, List<LostReason> lostReasons,
            List<CustomField> customFields, CompanyRows.Owners owners) {
        super(job, pass, imports, nested);
        this.companyImports = companyImports;
        this.deals = deals;
        this.pipelines = pipelines;
        this.lostReasons = lostReasons;
        this.customFields = customFields;
        this.owners = owners;
    }

    @Override
    void prepare(List<Map<String, String>> rows) {
        companies = new CompanyLookup(rows, imports, companyImports);
        contacts = new ContactLookup(rows, companyImports);
    }

    @Override
    UUID write(Map<String, String> v) {
        UUID companyId = companies.companyOf(v);
        Pipeline pipeline = choice(v, "pipeline", pipelines, p -> List.of(p.name(), p.nameEn()));
        if (pipeline == null) {
            pipeline = pipelines.isEmpty() ? null : pipelines.getFirst();
        }
        Stage stage = pipeline == null ? null
                : choice(v, "stage", pipeline.activeStages(), s -> List.of(s.name(), s.nameEn()));
        LostReason lostReason = choice(v, "lostReason", lostReasons, r -> List.of(r.name(), r.nameEn()));
        LocalDate expected = date(v, "expectedCloseOn");
        LocalDate closed = date(v, "closedOn");
        LocalDate closedOn = closed != null ? closed : expected;
        Instant closedAt = closedOn == null ? null : closedOn.atTime(12, 0).atZone(TOKYO).toInstant();
        DealDraft draft = new DealDraft(text(v, "name"), companyId, contacts.contactOf(v),
                pipeline == null ? null : pipeline.id(), stage == null ? null : stage.id(), amount(v, "amount"),
                expected, user(v, "owner", owners), text(v, "leadSource"), amount(v, "budget"), text(v, "challenges"),
                text(v, "nextStep"), date(v, "nextStepOn"), lostReason == null ? null : lostReason.id(),
                text(v, "lostNote"), custom(v));
        return deals.importHistory(draft, closedAt).id();
    }

    private Map<String, Object> custom(Map<String, String> v) {
        Map<String, Object> custom = new LinkedHashMap<>();
        for (CustomField field : customFields) {
            if (v.containsKey(field.name())) {
                String clean = text(v, field.name());
                custom.put(field.key(), clean == null ? "" : switch (field.type()) {
                    case DATE -> date(v, field.name()).toString();
                    case MONEY -> amount(v, field.name());
                    case CHECKBOX -> read(v, field.name(), Transforms::yesNo);
                    case MULTIPLE_CHOICE -> CompanyRows.list(clean);
                    default -> clean;
                });
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
            case "companyId" -> CompanyLookup.targetOf(job.mapping());
            case "contactId" -> "contactEmail";
            case "pipelineId" -> "pipeline";
            case "stageId" -> "stage";
            case "lostReasonId" -> "lostReason";
            case "ownerId" -> "owner";
            default -> field;
        };
    }
}
