package dev.kizuna.work;

import java.util.Arrays;
import java.util.List;

/** How urgent a task is; boards sort nothing by it, but cards and lists show it. */
public enum TaskPriority {
    LOW, NORMAL, HIGH, URGENT;

    public static final List<String> CODES = Arrays.stream(values()).map(TaskPriority::code).toList();

    public String code() {
        return name().toLowerCase();
    }

    public static TaskPriority of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }
}
