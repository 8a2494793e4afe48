package dev.kizuna.customers;

import java.util.List;

/** A merge's outcome: the survivor as it now is and what moved to it, by module and kind. */
public record MergeResult<T>(T survivor, List<MovedRecords> moved) {
}
