package dev.kizuna.dataio;

import java.util.List;
import java.util.UUID;

/**
 * How to read a file: the target field of each column in order ("" = left out), the mode, the key that finds
 * existing records (for update and upsert), the charset ({@code auto}, {@code utf-8}, {@code cp932}); for customers
 * the owner of new customers when no column names one ({@code null}: the person who uploaded the file), what to do
 * with a row that looks like an existing customer ({@code skip}, the default, or {@code add} and list it), and
 * whether half-width katakana becomes full-width ({@code null}: yes).
 */
public record ImportSettings(List<String> mapping, ImportMode mode, String matchKey, String charset,
        UUID defaultOwnerId, String duplicates, Boolean widenKana) {

    public static final String SKIP_DUPLICATES = "skip";
    public static final String ADD_DUPLICATES = "add";
    public static final List<String> DUPLICATES = List.of(SKIP_DUPLICATES, ADD_DUPLICATES);

    /** The mapping settings with the default owner, duplicate and katakana choices. */
    public ImportSettings(List<String> mapping, ImportMode mode, String matchKey, String charset) {
        this(mapping, mode, matchKey, charset, null, null, null);
    }
}
