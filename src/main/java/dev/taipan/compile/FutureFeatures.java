package dev.taipan.compile;

import dev.taipan.ast.Alias;
import dev.taipan.ast.Constant;
import dev.taipan.ast.ExprStmt;
import dev.taipan.ast.ImportFrom;
import dev.taipan.ast.Interactive;
import dev.taipan.ast.Mod;
import dev.taipan.ast.Module;
import dev.taipan.ast.Stmt;

import java.util.List;
import java.util.Set;

/**
 * The {@code from __future__ import ...} features a module turns on, read as CPython's
 * {@code Python/future.c} reads them: only from the future imports that open the module (after an
 * optional docstring). Unknown features are errors here; a future import further down is an
 * error the compiler raises ({@link CompileErrors#FUTURE_NOT_AT_BEGINNING}), using
 * {@link #lastFutureImport()}.
 *
 * @param annotations      {@code annotations}: annotations are kept as strings (PEP 563)
 * @param barryAsFlufl     {@code barry_as_FLUFL}: {@code <>} instead of {@code !=}
 * @param lastFutureImport the last future import at the top of the module, or {@code null}
 */
public record FutureFeatures(boolean annotations, boolean barryAsFlufl, ImportFrom lastFutureImport) {
    // Features that exist but change nothing any more in Python 3.
    private static final Set<String> MANDATORY = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "generator_stop");

    /**
     * Reads the features of {@code mod}.
     *
     * @throws dev.taipan.parse.SyntaxErrorException for {@code braces} and unknown features
     */
    public static FutureFeatures of(Mod mod, String filename, String source) {
        List<Stmt> body = switch (mod) {
            case Module m -> m.body();
            case Interactive i -> i.body();
            default -> List.of();
        };
        boolean annotations = false;
        boolean barry = false;
        ImportFrom last = null;
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Constant c
                && c.value() instanceof String) {
            i++;
        }
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof ImportFrom imp) || imp.level() != 0 || !"__future__".equals(imp.module())) {
                break;
            }
            for (Alias alias : imp.names()) {
                String feature = alias.name();
                if (feature.equals("annotations")) {
                    annotations = true;
                } else if (feature.equals("barry_as_FLUFL")) {
                    barry = true;
                } else if (feature.equals("braces")) {
                    throw CompileErrors.at(CompileErrors.FUTURE_BRACES, filename, source, alias);
                } else if (!MANDATORY.contains(feature)) {
                    throw CompileErrors.at(String.format(CompileErrors.FUTURE_UNKNOWN, feature), filename, source, alias);
                }
            }
            last = imp;
        }
        return new FutureFeatures(annotations, barry, last);
    }
}
