package dev.kizuna.dataio;

/** One line of an import's error list, translated: row as the spreadsheet numbers it, column, value, reason. */
public record ImportError(long row, String column, String value, String field, String code, String message) {
}
