package dev.kizuna.customers;

/** How many records of one kind ({@code records.<kind>}) keep a customer from being deleted. */
public record HeldRecords(String kind, long count) {
}
