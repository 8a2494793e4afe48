package dev.kizuna.customers;

import java.util.UUID;

/**
 * One owner's input compliance (入力率) on the customer master: of the customers they own, how many have
 * every required field. Seed 004 withholds new leads from reps whose records are not kept up.
 */
public record OwnerCompleteness(UUID ownerId, String ownerName, long customers, long complete) {

    /** 0–100, rounded down; 100 for an owner without customers. */
    public int percent() {
        return customers == 0 ? 100 : (int) (complete * 100 / customers);
    }
}
