package dev.kizuna.marketing;

import java.time.LocalDate;

/** A paid order as the figures see it: its order date and its amount with tax, in yen. */
record Purchase(LocalDate on, long amount) {
}
