package dev.kizuna.dataio;

import java.util.List;

import dev.kizuna.customers.CustomField;

/**
 * What a column of each kind of file can be mapped to: the built-in targets, the keys that find an existing record,
 * and the targets a file must map for a new record. Customers have their own richer {@link CompanyColumns}.
 */
final class ImportTargets {

    private ImportTargets() {
    }

    /** The columns of each kind but customers, which have their own richer {@link CompanyColumns}. */
    static ColumnSet columns(String objectType) {
        return switch (objectType) {
            case Imports.OBJECT_CONTACT -> ContactColumns.SET;
            case Imports.OBJECT_ACTIVITY -> HistoryColumns.ACTIVITY;
            case Imports.OBJECT_DEAL -> HistoryColumns.DEAL;
            case Imports.OBJECT_ORDER -> HistoryColumns.ORDER;
            case Imports.OBJECT_PAYMENT -> HistoryColumns.PAYMENT;
            default -> null;
        };
    }

    static List<String> builtInTargets(String objectType) {
        ColumnSet columns = columns(objectType);
        return columns != null ? columns.targets : CompanyColumns.TARGETS;
    }

    /** The targets a file must map for a new record; any one of each group will do. */
    static List<List<String>> required(String objectType) {
        return switch (objectType) {
            case Imports.OBJECT_ACTIVITY -> List.of(CompanyLookup.TARGETS, List.of("occurredAt"));
            case Imports.OBJECT_DEAL -> List.of(CompanyLookup.TARGETS, List.of("name"));
            case Imports.OBJECT_ORDER -> List.of(CompanyLookup.TARGETS, List.of("orderTitle"), List.of("orderedOn"),
                    List.of("amount"));
            case Imports.OBJECT_PAYMENT -> List.of(List.of("orderNumber"), List.of("receivedOn"), List.of("amount"));
            case Imports.OBJECT_CONTACT -> List.of(CompanyLookup.TARGETS, List.of("name", "lastName"));
            default -> List.of(List.of("name"));
        };
    }

    /** The fields that find existing records for an update. */
    static List<String> keys(String objectType) {
        ColumnSet columns = columns(objectType);
        return columns != null ? columns.keys : CompanyColumns.KEYS;
    }

    /** Whether {@code target} is a known target of this kind, given its active custom fields. */
    static boolean known(String objectType, String target, List<CustomField> active) {
        ColumnSet columns = columns(objectType);
        return columns != null ? columns.known(target, active) : CompanyColumns.known(target, active);
    }

    /** The mapping given automatically to a file's header. */
    static List<String> autoMatch(String objectType, List<String> header, List<CustomField> active,
            java.util.Map<String, String> ownLabels) {
        ColumnSet columns = columns(objectType);
        return columns != null ? columns.autoMatch(header, active, ownLabels)
                : CompanyColumns.autoMatch(header, active, ownLabels);
    }
}
