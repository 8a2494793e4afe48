package dev.kizuna.customers;

/** A customer is an organisation (B2B) or a person buying for themselves (B2C, e.g. a D2C shop's customer). */
public enum CompanyKind {
    COMPANY, INDIVIDUAL
}
