package dev.kizuna.voice;

import java.util.Optional;

import dev.kizuna.work.Board;
import dev.kizuna.work.Boards;
import org.springframework.stereotype.Component;

/** Where voice's tasks go: a named built-in board of seed 000/002 when it exists, else the first open board. */
@Component
class VoiceBoards {

    static final String FEEDBACK = "【倉庫】改善要求、不満点などの報告";
    static final String SUCCESS = "【倉庫】カスタマーサクセス";
    static final String LETTERS = "【お客様の声】お手紙返信";

    private final Boards boards;

    VoiceBoards(Boards boards) {
        this.boards = boards;
    }

    Optional<Board> named(String name) {
        return exact(name).or(() -> boards.list(false).stream().findFirst());
    }

    /** The board of that name only, when it exists and is not retired. */
    Optional<Board> exact(String name) {
        return boards.findByName(name).filter(b -> !b.retired());
    }
}
