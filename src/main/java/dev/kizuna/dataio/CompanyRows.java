package dev.kizuna.dataio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CompanyDraft;
import dev.kizuna.customers.CompanyKind;
import dev.kizuna.customers.CompanyStatus;
import dev.kizuna.customers.CustomField;
import dev.kizuna.customers.FieldType;
import dev.kizuna.platform.text.JapaneseText;

/**
 * One file row turned into a customer draft through the mapping: each mapped column's value transformed for its
 * field; unreadable values become problems naming the column, the value and the rule. For an update the draft
 * starts from the stored customer, so columns that are not mapped keep their values.
 */
final class CompanyRows {

    /** What one row gave: the draft (null when a value could not be read), its external id and its problems. */
    record Built(CompanyDraft draft, String externalId, List<RowProblem> problems) {
    }

    private final List<String> header;
    private final List<String> targets;
    private final Map<String, CustomField> customFields = new LinkedHashMap<>();
    private final Owners owners;
    private final UUID defaultOwner;

    /** {@code defaultOwner}: the owner of a new customer whose row names none (null: none). */
    CompanyRows(List<String> header, List<String> targets, List<CustomField> customFields, Owners owners,
            UUID defaultOwner) {
        this.header = header;
        this.targets = targets;
        customFields.forEach(f -> this.customFields.put(f.name(), f));
        this.owners = owners;
        this.defaultOwner = defaultOwner;
    }

    /** Finds a user by e-mail or by name (spaces ignored); null when nobody matches. */
    interface Owners {
        UUID find(String emailOrName);
    }

    Built build(String[] values, CompanyDraft base) {
        Draft d = base == null ? new Draft() : new Draft(base);
        List<RowProblem> problems = new ArrayList<>();
        String externalId = null;
        for (int i = 0; i < targets.size(); i++) {
            String target = targets.get(i);
            if (target.isEmpty()) {
                continue;
            }
            String raw = i < values.length ? values[i] : "";
            if (raw.indexOf('\uFFFD') >= 0) {
                problems.add(new RowProblem(column(i), raw, target, "ImportEncoding"));
                continue;
            }
            try {
                if ("externalId".equals(target)) {
                    externalId = Transforms.clean(raw);
                } else {
                    set(d, target, raw);
                }
            } catch (Transforms.Invalid e) {
                problems.add(new RowProblem(column(i), raw, target, e.code));
            }
        }
        if (base == null && d.ownerId == null) {
            d.ownerId = defaultOwner;
        }
        return new Built(problems.isEmpty() ? d.toDraft() : null, externalId, problems);
    }

    String column(int index) {
        return index < header.size() ? header.get(index) : "#" + (index + 1);
    }

    /** The column a field came from (for rule breaks the customer rules report by field). */
    String columnOf(String field) {
        int index = targets.indexOf(field);
        if (index < 0 && "ownerId".equals(field)) {
            index = targets.indexOf("ownerId");
        }
        if (index < 0 && List.of("prefecture", "city", "street").contains(field)) {
            index = targets.indexOf("address");
        }
        return index < 0 ? "" : column(index);
    }

    String valueOf(String field, String[] values) {
        int index = targets.indexOf(field);
        return index >= 0 && index < values.length ? values[index] : "";
    }

    private void set(Draft d, String target, String raw) {
        switch (target) {
            case "name" -> d.name = raw;
            case "nameKana" -> d.nameKana = raw;
            case "kind" -> d.kind = CompanyValues.kind(raw);
            case "status" -> d.status = CompanyValues.status(raw);
            case "corporateNumber" -> d.corporateNumber = raw;
            case "postalCode" -> d.postalCode = raw;
            case "address" -> CompanyValues.address(d, raw);
            case "prefecture" -> d.prefecture = raw;
            case "city" -> d.city = raw;
            case "street" -> d.street = raw;
            case "building" -> d.building = raw;
            case "phone" -> d.phone = raw;
            case "email" -> d.email = raw;
            case "website" -> d.website = raw;
            case "representative" -> d.representative = raw;
            case "industry" -> d.industry = raw;
            case "employeeCount" -> d.employeeCount = Transforms.smallNumber(raw);
            case "annualRevenue" -> d.annualRevenue = Transforms.wholeNumber(raw);
            case "leadSource" -> d.leadSource = raw;
            case "ownerId" -> d.ownerId = owner(raw);
            case "tags" -> d.tags = CompanyValues.list(raw);
            case "birthday" -> d.birthday = Transforms.date(raw);
            case "emailOptIn" -> d.emailOptIn = Transforms.yesNo(raw);
            case "phoneOptIn" -> d.phoneOptIn = Transforms.yesNo(raw);
            case "lineOptIn" -> d.lineOptIn = Transforms.yesNo(raw);
            default -> custom(d, target, raw);
        }
    }

    private void custom(Draft d, String target, String raw) {
        CustomField field = customFields.get(target);
        if (field != null) {
            d.customFields.put(field.key(), customValue(field, raw, owners));
        }
    }

    /**
     * A custom field's value as a file writes it, stored as the field's type wants it (customers, contacts and deals
     * alike): dates, amounts, yes/no, lists, a user by e-mail or name; long text exactly as written; "" when empty.
     * Throws {@link Transforms.Invalid} for a value the type cannot take.
     */
    static Object customValue(CustomField field, String raw, Owners owners) {
        String clean = Transforms.clean(raw);
        return clean == null ? "" : switch (field.type()) {
            case DATE -> Transforms.date(clean).toString();
            case MONEY -> Transforms.wholeNumber(clean);
            case CHECKBOX -> Transforms.yesNo(clean);
            case MULTIPLE_CHOICE -> CompanyValues.list(clean);
            case USER -> owner(clean, owners).toString();
            // text as the file has it (㈱ stays ㈱); choices, numbers and addresses are read folded
            default -> field.type() == FieldType.LONG_TEXT ? raw.strip()
                    : field.type() == FieldType.TEXT ? JapaneseText.asTyped(raw) : clean;
        };
    }

    private UUID owner(String raw) {
        String clean = Transforms.clean(raw);
        return clean == null ? null : owner(clean, owners);
    }

    private static UUID owner(String clean, Owners owners) {
        UUID id = owners.find(clean);
        if (id == null) {
            throw new Transforms.Invalid("ImportOwner");
        }
        return id;
    }

    /** A draft being filled in. */
    static final class Draft {
        CompanyKind kind = CompanyKind.COMPANY;
        String name;
        String nameKana;
        String corporateNumber;
        String postalCode;
        String prefecture;
        String city;
        String street;
        String building;
        String phone;
        String email;
        String website;
        String representative;
        String industry;
        Integer employeeCount;
        Long annualRevenue;
        String leadSource;
        UUID ownerId;
        List<String> tags = List.of();
        CompanyStatus status = CompanyStatus.CUSTOMER;
        LocalDate birthday;
        boolean emailOptIn;
        boolean phoneOptIn;
        boolean lineOptIn;
        final Map<String, Object> customFields = new LinkedHashMap<>();

        Draft() {
        }

        Draft(CompanyDraft b) {
            kind = b.kind();
            name = b.name();
            nameKana = b.nameKana();
            corporateNumber = b.corporateNumber();
            postalCode = b.postalCode();
            prefecture = b.prefecture();
            city = b.city();
            street = b.street();
            building = b.building();
            phone = b.phone();
            email = b.email();
            website = b.website();
            representative = b.representative();
            industry = b.industry();
            employeeCount = b.employeeCount();
            annualRevenue = b.annualRevenue();
            leadSource = b.leadSource();
            ownerId = b.ownerId();
            tags = b.tags();
            status = b.status();
            birthday = b.birthday();
            emailOptIn = b.emailOptIn();
            phoneOptIn = b.phoneOptIn();
            lineOptIn = b.lineOptIn();
            if (b.customFields() != null) {
                customFields.putAll(b.customFields());
            }
        }

        CompanyDraft toDraft() {
            return new CompanyDraft(kind, name, nameKana, corporateNumber, postalCode, prefecture, city, street,
                    building, phone, email, website, representative, industry, employeeCount, annualRevenue, leadSource,
                    ownerId, tags, status, birthday, emailOptIn, phoneOptIn, lineOptIn, customFields);
        }
    }
}
