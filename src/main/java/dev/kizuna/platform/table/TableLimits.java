package dev.kizuna.platform.table;

/**
 * How much of a table file a reader takes in before it refuses the file: the widest row, the longest cell and row,
 * and for .xlsx the shared-string table (held in memory while the sheet is read) and each part's unpacked size. The
 * defaults are Excel's own limits where Excel has one (16,384 columns, up to XFD; 32,767 characters a cell;
 * 1,048,576 rows) and otherwise sized so that a file at every limit at once still reads in a 256 MB heap.
 *
 * @param columns       columns a row may have (a cell at column {@code columns + 1} refuses the file)
 * @param cellChars     characters in one cell
 * @param rowChars      characters in one row, all cells together
 * @param rows          the highest row number an .xlsx row may carry
 * @param sharedStrings distinct texts in an .xlsx shared-string table
 * @param sharedChars   characters in the shared-string table, all texts together
 * @param partBytes     bytes one .xlsx part (a file inside the zip) unpacks to
 * @param parts         files inside an .xlsx zip
 * @param markupBytes   bytes in one XML tag, comment or CDATA section (a cell's text is counted by characters)
 */
public record TableLimits(int columns, int cellChars, int rowChars, int rows, int sharedStrings, long sharedChars,
        long partBytes, int parts, int markupBytes) {

    /** What an upload is held to. */
    public static final TableLimits DEFAULT = new TableLimits(16_384, 32_767, 1 << 20, 1_048_576, 1_000_000,
            16L << 20, 1L << 30, 1_000, 1 << 20);
}
