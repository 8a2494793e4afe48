package dev.kizuna.activities;

/** How a call went: the customer was reached (通話) or not (不通). */
public enum Outcome {
    REACHED, UNREACHED
}
