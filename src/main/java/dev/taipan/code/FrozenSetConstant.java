package dev.taipan.code;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A frozenset constant: CPython 3.13 compiles a set display of three or more constants as
 * {@code BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE 1}, so the frozenset's table order
 * is the order a printed set shows.
 *
 * <p>CPython: Python/compile.c, starunpack_helper
 *
 * @param items the items in source order, front-end constant values as in
 *              {@link CodeObject#consts()} ({@code null} for None)
 */
public record FrozenSetConstant(List<Object> items) {
    /** Copies the items. */
    public FrozenSetConstant {
        items = Collections.unmodifiableList(new ArrayList<>(items));
    }
}
