package dev.kizuna.platform.table;

import java.io.IOException;
import java.util.List;

/**
 * A table file broke one of the {@link TableLimits} (or is malformed in a way a limit names, like a row number that
 * is not a number): {@link #rule()} is the message key of the rule, {@link #arguments()} its arguments — the limit
 * first, then the row where there is one.
 */
public final class TableLimitException extends IOException {

    private final String rule;
    private final transient List<Object> arguments;

    public TableLimitException(String rule, Object... arguments) {
        super(rule + " " + List.of(arguments));
        this.rule = rule;
        this.arguments = List.of(arguments);
    }

    public String rule() {
        return rule;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The limit exception somewhere in a chain of causes (StAX and the JDK wrap what a stream throws), or null. */
    public static TableLimitException in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TableLimitException limit) {
                return limit;
            }
            if (t instanceof javax.xml.stream.XMLStreamException xml && xml.getNestedException() != null
                    && xml.getNestedException() != t.getCause()) {
                TableLimitException nested = in(xml.getNestedException());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
