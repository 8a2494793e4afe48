package dev.kizuna.platform.calendar;

import java.time.LocalDate;

/**
 * A Japanese national holiday as the bundled data names it: {@code 元日 / New Year's Day},
 * {@code こどもの日 振替休日 / Holiday in lieu}, {@code 休日 / Citizen's Holiday} (国民の休日).
 */
public record Holiday(LocalDate date, String name, String englishName) {
}
