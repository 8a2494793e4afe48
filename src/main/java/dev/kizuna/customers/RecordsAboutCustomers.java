package dev.kizuna.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RecordInUseException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every module's {@link CustomerRecords}, asked in turn. Looked up when used (not at start), because the modules'
 * handlers may themselves use this module's facades.
 */
@Component
class RecordsAboutCustomers {

    private final ObjectProvider<CustomerRecords> modules;

    RecordsAboutCustomers(ObjectProvider<CustomerRecords> modules) {
        this.modules = modules;
    }

    List<MovedRecords> companiesMerged(UUID survivorId, UUID mergedId) {
        List<MovedRecords> moved = new ArrayList<>();
        modules.orderedStream().forEach(m -> moved.addAll(m.companiesMerged(survivorId, mergedId)));
        return moved;
    }

    List<MovedRecords> contactsMerged(UUID survivorId, UUID mergedId) {
        List<MovedRecords> moved = new ArrayList<>();
        modules.orderedStream().forEach(m -> moved.addAll(m.contactsMerged(survivorId, mergedId)));
        return moved;
    }

    List<HeldRecords> holding(UUID companyId) {
        List<HeldRecords> held = new ArrayList<>();
        modules.orderedStream().forEach(m -> m.holding(companyId).stream().filter(h -> h.count() > 0).forEach(held::add));
        return held;
    }

    /**
     * Refuses deleting customers that hold business records: one problem per such customer, naming it and what
     * holds it (「受注 1件、商談 1件」).
     */
    void refuseIfHeld(List<Company> deleting) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Company company : deleting) {
            List<HeldRecords> held = holding(company.id());
            if (!held.isEmpty()) {
                problems.add(FieldProblem.of("ids", "CustomerInUse", RecordCounts.ofHeld(held), company.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RecordInUseException(problems);
        }
    }
}
