package dev.kizuna.dataio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import dev.kizuna.platform.table.TableLimitException;
import dev.kizuna.platform.table.TableReader;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;

/**
 * Reads an uploaded file to its end once, before it becomes an import, so a file that breaks a limit (a cell past
 * column XFD, a 100 MB line, a zip bomb, a shared-string table of a million texts) or cannot be read is refused at
 * the upload with the rule it broke — not later in the background, and never by filling the heap.
 */
final class ImportFileCheck {

    private ImportFileCheck() {
    }

    /** The file's header, after every row has been read within the limits. */
    static List<String> header(Path file, Charset charset) {
        try (TableReader reader = TableReader.open(file, charset)) {
            while (reader.next() != null) {
                // each row is read and dropped: only the limits matter here
            }
            return reader.header();
        } catch (IOException e) {
            throw refusal(e);
        }
    }

    /** A limit the reading broke as the rule on the file field; anything else unreadable as {@code ImportUnreadable}. */
    static RuleViolationException refusal(Throwable failure) {
        TableLimitException limit = TableLimitException.in(failure);
        if (limit != null) {
            return new RuleViolationException(new FieldProblem("file", limit.rule(), limit.arguments()));
        }
        return new RuleViolationException(FieldProblem.of("file", "ImportUnreadable"));
    }

    /** For readers of a file that passed the upload but is read again with another charset: the limit, or the error. */
    static RuntimeException unreadable(IOException e) {
        return TableLimitException.in(e) != null ? refusal(e) : new UncheckedIOException(e);
    }
}
