/**
 * The front end from source bytes to a syntax tree: source decoding, the {@code Lexer} (tokens
 * with INDENT/DEDENT and PEP 701 f-string parts, positions in CPython's units), the {@code Parser}
 * for the whole Python 3.13 grammar, and {@link dev.taipan.parse.SyntaxErrorException}, which
 * carries CPython's message and position for {@code SyntaxError}, {@code IndentationError} and
 * {@code TabError}.
 *
 * <p>This package depends only on {@code dev.taipan.ast}; it never imports the runtime.
 */
package dev.taipan.parse;
