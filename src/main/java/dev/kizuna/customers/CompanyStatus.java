package dev.kizuna.customers;

/** Where a customer stands: 見込み客, 取引中, 過去の取引先. */
public enum CompanyStatus {
    PROSPECT, CUSTOMER, FORMER
}
