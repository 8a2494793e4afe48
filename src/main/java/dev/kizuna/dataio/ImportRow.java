package dev.kizuna.dataio;

/** One data row of a file: its row number as a spreadsheet shows it, and its values. */
record ImportRow(long number, String[] values) {
}
