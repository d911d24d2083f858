/**
 * The {@code taipan} command line: {@link dev.taipan.cli.Main} parses the arguments and runs a
 * program, a command string, a module or the REPL. Today it offers the front end's tools
 * ({@code --dump-ast}); execution arrives with the interpreter.
 */
package dev.taipan.cli;
