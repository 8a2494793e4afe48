package dev.kizuna.dataio;

import java.util.List;

/** What is wrong with one value of one row: the file's column, the value as written, the field and the rule. */
record RowProblem(String column, String value, String field, String code, List<Object> arguments) {

    RowProblem(String column, String value, String field, String code) {
        this(column, value, field, code, List.of());
    }
}
