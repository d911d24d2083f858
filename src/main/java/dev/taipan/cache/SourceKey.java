package dev.taipan.cache;

import java.util.Objects;

/**
 * What identifies compiled code: the source text, the file name it is compiled under (it is in
 * the code's tracebacks) and the compile flags.
 *
 * @param source   the source text
 * @param filename the file name
 * @param flags    compile flags: bits a compiler defines (mode, future features), 0 for none
 */
public record SourceKey(String source, String filename, int flags) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when source or file name is null
     */
    public SourceKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(filename, "filename");
    }
}
