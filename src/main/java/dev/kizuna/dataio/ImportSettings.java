package dev.kizuna.dataio;

import java.util.List;

/**
 * How to read a file: the target field of each column in order ("" = left out), the mode, the key that finds
 * existing records (for update and upsert), and the charset ({@code auto}, {@code utf-8}, {@code cp932}).
 */
public record ImportSettings(List<String> mapping, ImportMode mode, String matchKey, String charset) {
}
