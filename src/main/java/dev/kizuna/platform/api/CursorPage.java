package dev.kizuna.platform.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paged list: {@code { "items": [...], "nextCursor": "..." }}. {@code nextCursor} is
 * null on the last page. Build it with {@link PageQuery#page(List, Function)}.
 */
public record CursorPage<T>(List<T> items, String nextCursor) {

    public <R> CursorPage<R> map(Function<? super T, ? extends R> mapper) {
        return new CursorPage<>(items.stream().<R>map(mapper).toList(), nextCursor);
    }
}
