package dev.kizuna.work;

import java.util.Arrays;
import java.util.List;

/** A task's status: 未着手 (to do), 対応中 (doing), 完了 (done), 中止 (cancelled). The first two are open. */
public enum TaskStatus {
    TODO, DOING, DONE, CANCELLED;

    public static final List<String> CODES = Arrays.stream(values()).map(TaskStatus::code).toList();

    public String code() {
        return name().toLowerCase();
    }

    public boolean open() {
        return this == TODO || this == DOING;
    }

    /** Null for an unknown code. */
    public static TaskStatus of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }
}
