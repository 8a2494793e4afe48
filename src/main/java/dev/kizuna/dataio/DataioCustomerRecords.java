package dev.kizuna.dataio;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.CustomerRecords;
import dev.kizuna.customers.HeldRecords;
import dev.kizuna.customers.MovedRecords;
import org.springframework.stereotype.Component;

/**
 * The ids a merged customer or contact had in the system it was imported from now find the survivor, so importing
 * the same file again updates the survivor instead of making the duplicate anew. What an import created
 * ({@code data_import_record}) is left as it was: undoing that import must not delete the survivor.
 */
@Component
class DataioCustomerRecords implements CustomerRecords {

    private final DataioMergeRepository rows;

    DataioCustomerRecords(DataioMergeRepository rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> tables() {
        return Set.of("external_key.record_id");
    }

    @Override
    public List<MovedRecords> companiesMerged(UUID survivorId, UUID mergedId) {
        return move("company", survivorId, mergedId);
    }

    @Override
    public List<MovedRecords> contactsMerged(UUID survivorId, UUID mergedId) {
        return move("contact", survivorId, mergedId);
    }

    private List<MovedRecords> move(String objectType, UUID to, UUID from) {
        int moved = rows.moveExternalKeys(objectType, to, from);
        return moved == 0 ? List.of() : List.of(new MovedRecords("dataio", "externalKeys", moved, List.of()));
    }

    @Override
    public List<HeldRecords> holding(UUID companyId) {
        return List.of();
    }
}
