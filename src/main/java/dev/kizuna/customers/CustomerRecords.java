package dev.kizuna.customers;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The merge contract: every module that keeps rows about a customer or a contact implements this once (a Spring
 * bean in that module), so merging never loses them and deleting never takes them along.
 * <p>
 * {@link CustomerMerge} calls {@link #companiesMerged} and {@link #contactsMerged} synchronously inside the merge's
 * transaction, after the merged customer's contacts moved and before its row is deleted; a handler that throws
 * undoes the whole merge. {@link Companies#delete} asks {@link #holding} first and refuses (409) while any module
 * holds records of the customer. A catalog test reads every foreign key to {@code company} and {@code contact} and
 * fails when the table is not in some handler's {@link #tables()}, or when the end-to-end merge test leaves it out.
 */
public interface CustomerRecords {

    /**
     * The columns of this module that point at a customer or a contact, as {@code table.column} (for example
     * {@code deal.company_id}), whether or not they carry a foreign key.
     */
    Set<String> tables();

    /** Moves every row of customer {@code mergedId} to {@code survivorId}; answers what moved, by kind. */
    List<MovedRecords> companiesMerged(UUID survivorId, UUID mergedId);

    /** Moves every row of contact {@code mergedId} to {@code survivorId}; answers what moved, by kind. */
    List<MovedRecords> contactsMerged(UUID survivorId, UUID mergedId);

    /**
     * Business records of the customer that must not disappear with it (orders, deals …): while any exist the
     * customer cannot be deleted. Kinds with none are left out.
     */
    List<HeldRecords> holding(UUID companyId);
}
