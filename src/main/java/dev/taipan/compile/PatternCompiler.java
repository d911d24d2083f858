package dev.taipan.compile;

import dev.taipan.ast.Attribute;
import dev.taipan.ast.BinOp;
import dev.taipan.ast.CmpOp;
import dev.taipan.ast.Constant;
import dev.taipan.ast.ConstantRepr;
import dev.taipan.ast.Expr;
import dev.taipan.ast.ExprContext;
import dev.taipan.ast.Imaginary;
import dev.taipan.ast.Located;
import dev.taipan.ast.Match;
import dev.taipan.ast.MatchAs;
import dev.taipan.ast.MatchCase;
import dev.taipan.ast.MatchClass;
import dev.taipan.ast.MatchMapping;
import dev.taipan.ast.MatchOr;
import dev.taipan.ast.MatchSequence;
import dev.taipan.ast.MatchSingleton;
import dev.taipan.ast.MatchStar;
import dev.taipan.ast.MatchValue;
import dev.taipan.ast.Operator;
import dev.taipan.ast.Pattern;
import dev.taipan.ast.UnaryOp;
import dev.taipan.ast.UnaryOperator;
import dev.taipan.code.BinaryOps;
import dev.taipan.code.CompareOps;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static dev.taipan.code.Opcode.*;

/**
 * Compiles {@code match} statements as CPython 3.13 does: the subject stays on the stack while
 * each case's pattern is tried; captured values are kept on the stack (under whatever the
 * pattern still needs) and stored only when the whole pattern matched; a failed test jumps to a
 * chain of labels that pops exactly what is left.
 */
final class PatternCompiler {
    private final Compiler c;

    PatternCompiler(Compiler c) {
        this.c = c;
    }

    /** CPython's pattern_context. */
    private static final class Context {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<Assembler.Label> failPop = new ArrayList<>();
        int onTop;
    }

    void match(Match m) {
        c.expr.visit(m.subject());
        Assembler.Label end = Compiler.label();
        List<MatchCase> cases = m.cases();
        int n = cases.size();
        boolean hasDefault = n > 1 && isWildcard(cases.get(n - 1).pattern());
        Context pc = new Context();
        for (int i = 0; i < n - (hasDefault ? 1 : 0); i++) {
            MatchCase mc = cases.get(i);
            c.setLoc(mc.pattern());
            boolean last = i == n - (hasDefault ? 1 : 0) - 1;
            if (!last) {
                c.emit(COPY, 1);
            }
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = mc.guard() != null || i == n - 1;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            pattern(mc.pattern(), pc);
            c.setLoc(mc.pattern());
            for (String name : pc.stores) {
                c.nameOp(name, ExprContext.Store, mc.pattern());
            }
            if (mc.guard() != null) {
                ensureFailPop(pc, 0);
                c.expr.jumpIf(mc.guard(), pc.failPop.get(0), false);
            }
            if (!last) {
                c.emit(POP_TOP);
            }
            c.stmt.visitAll(mc.body());
            c.setLoc(null);
            c.jump(JUMP, end);
            c.setLoc(mc.pattern());
            emitAndResetFailPop(pc);
        }
        if (hasDefault) {
            MatchCase mc = cases.get(n - 1);
            c.setLoc(mc.pattern());
            if (n == 1) {
                c.emit(POP_TOP);
            } else {
                c.emit(NOP);
            }
            if (mc.guard() != null) {
                c.expr.jumpIf(mc.guard(), end, false);
            }
            c.stmt.visitAll(mc.body());
        }
        c.bind(end);
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof MatchAs as && as.name() == null;
    }

    private void ensureFailPop(Context pc, int n) {
        while (pc.failPop.size() < n + 1) {
            pc.failPop.add(Compiler.label());
        }
    }

    private void jumpToFailPop(Context pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        c.jump(op, pc.failPop.get(pops));
    }

    private void emitAndResetFailPop(Context pc) {
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            c.bind(pc.failPop.get(i));
            c.emit(POP_TOP);
        }
        if (!pc.failPop.isEmpty()) {
            c.bind(pc.failPop.get(0));
        }
        pc.failPop = new ArrayList<>();
    }

    private void rotate(int count) {
        while (count > 1) {
            c.emit(SWAP, count--);
        }
    }

    private void storeName(String name, Context pc, Located node) {
        if (name == null) {
            c.emit(POP_TOP);
            return;
        }
        if (name.equals("__debug__")) {
            throw c.error(CompileErrors.ASSIGN_TO_DEBUG, node);
        }
        if (pc.stores.contains(name)) {
            throw c.error("multiple assignments to name '" + name + "' in pattern", node);
        }
        rotate(pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private void subpattern(Pattern p, Context pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void pattern(Pattern p, Context pc) {
        int[] saved = c.u.asm.location();
        c.setLoc(p);
        try {
            switch (p) {
                case MatchValue v -> value(v, pc);
                case MatchSingleton s -> {
                    c.loadConst(ExprCompiler.constValue(s.value()));
                    c.expr.compareOp(CmpOp.Is);
                    jumpToFailPop(pc, POP_JUMP_IF_FALSE);
                }
                case MatchSequence s -> sequence(s, pc);
                case MatchMapping m -> mapping(m, pc);
                case MatchClass k -> classPattern(k, pc);
                case MatchStar s -> storeName(s.name(), pc, s);
                case MatchAs as -> as(as, pc);
                case MatchOr or -> or(or, pc);
            }
        } finally {
            c.u.asm.setLocation(saved);
        }
    }

    private void value(MatchValue v, Context pc) {
        Object folded = foldValue(v.value());
        if (folded != null) {
            c.loadConst(folded);
        } else if (v.value() instanceof Attribute || v.value() instanceof BinOp || v.value() instanceof UnaryOp) {
            // Attributes, and complex literals such as 1+2j (built at run time here).
            c.expr.visit(v.value());
        } else {
            throw c.error("patterns may only match literals and attribute lookups", v);
        }
        c.setLoc(v);
        c.emit(COMPARE_OP, CompareOps.EQ);
        c.emit(TO_BOOL);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
    }

    // Value patterns like -1 and 1+2j are constants after CPython's AST optimizer.
    static Object foldValue(Expr e) {
        if (e instanceof Constant k) {
            return ExprCompiler.constValue(k.value());
        }
        if (e instanceof UnaryOp u && u.op() == UnaryOperator.USub && u.operand() instanceof Constant k) {
            return ExprCompiler.negate(k.value());
        }
        return null;
    }

    private void sequence(MatchSequence s, Context pc) {
        List<Pattern> patterns = s.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern p = patterns.get(i);
            if (p instanceof MatchStar ms) {
                if (star >= 0) {
                    throw c.error("multiple starred names in sequence pattern", p);
                }
                starWildcard = ms.name() == null;
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(p);
        }
        pc.onTop++;
        c.emit(MATCH_SEQUENCE);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            c.emit(GET_LEN);
            c.loadConst((long) size);
            c.emit(COMPARE_OP, CompareOps.EQ);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (size - 1 > 0) {
            c.emit(GET_LEN);
            c.loadConst((long) (size - 1));
            c.emit(COMPARE_OP, CompareOps.GE);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            c.emit(POP_TOP);
        } else if (starWildcard) {
            sequenceSubscr(patterns, star, pc, s);
        } else {
            sequenceUnpack(patterns, pc, s);
        }
    }

    private void sequenceUnpack(List<Pattern> patterns, Context pc, Located node) {
        int n = patterns.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (patterns.get(i) instanceof MatchStar) {
                if (seenStar) {
                    throw c.error("multiple starred expressions in sequence pattern", patterns.get(i));
                }
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw c.error("too many expressions in star-unpacking sequence pattern", patterns.get(i));
                }
                c.emit(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) {
            c.emit(UNPACK_SEQUENCE, n);
        }
        pc.onTop += n;
        for (Pattern p : patterns) {
            pc.onTop--;
            subpattern(p, pc);
        }
    }

    private void sequenceSubscr(List<Pattern> patterns, int star, Context pc, Located node) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern p = patterns.get(i);
            if (isWildcard(p) || i == star) {
                continue;
            }
            c.setLoc(node);
            c.emit(COPY, 1);
            if (i < star) {
                c.loadConst((long) i);
            } else {
                // The subject may not support negative indexes: compute len - k.
                c.emit(GET_LEN);
                c.loadConst((long) (size - i));
                c.emit(BINARY_OP, BinaryOps.SUBTRACT);
            }
            c.emit(BINARY_SUBSCR);
            subpattern(p, pc);
        }
        pc.onTop--;
        c.setLoc(node);
        c.emit(POP_TOP);
    }

    private void mapping(MatchMapping m, Context pc) {
        List<Expr> keys = m.keys();
        int size = keys.size();
        pc.onTop++;
        c.emit(MATCH_MAPPING);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (size == 0 && m.rest() == null) {
            pc.onTop--;
            c.emit(POP_TOP);
            return;
        }
        if (size > 0) {
            c.emit(GET_LEN);
            c.loadConst((long) size);
            c.emit(COMPARE_OP, CompareOps.GE);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        java.util.Set<Object> seen = new HashSet<>();
        for (Expr key : keys) {
            Object folded = foldValue(key);
            if (folded != null) {
                if (!seen.add(equalityKey(folded))) {
                    throw c.error("mapping pattern checks duplicate key (" + ConstantRepr.repr(folded) + ")", m);
                }
                c.loadConst(folded);
            } else if (key instanceof Attribute || key instanceof BinOp || key instanceof UnaryOp) {
                c.expr.visit(key);
            } else {
                throw c.error("mapping pattern keys may only match literals and attribute lookups", m);
            }
        }
        c.setLoc(m);
        c.emit(BUILD_TUPLE, size);
        c.emit(MATCH_KEYS);
        pc.onTop += 2;
        c.emit(COPY, 1);
        c.loadConst(null);
        c.emit(IS_OP, 1);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        c.emit(UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        for (Pattern p : m.patterns()) {
            pc.onTop--;
            subpattern(p, pc);
        }
        pc.onTop -= 2;
        c.setLoc(m);
        if (m.rest() != null) {
            // rest = dict(subject); del rest[k] for each matched key.
            c.emit(BUILD_MAP, 0);
            c.emit(SWAP, 3);
            c.emit(DICT_UPDATE, 2);
            c.emit(UNPACK_SEQUENCE, size);
            for (int k = size; k > 0; k--) {
                c.emit(COPY, 1 + k);
                c.emit(SWAP, 2);
                c.emit(DELETE_SUBSCR);
            }
            storeName(m.rest(), pc, m);
        } else {
            c.emit(POP_TOP);
            c.emit(POP_TOP);
        }
    }

    // Keys equal in Python (1, 1.0, True) are duplicates; NaNs never are.
    private static Object equalityKey(Object v) {
        return switch (v) {
            case Boolean b -> BigInteger.valueOf(b ? 1 : 0);
            case Long l -> BigInteger.valueOf(l);
            case Double d when Double.isNaN(d) -> new Object();
            case Double d when !Double.isInfinite(d) && d == Math.rint(d) -> new java.math.BigDecimal(d).toBigInteger();
            case Imaginary im when im.imag() == 0.0 -> BigInteger.ZERO;
            default -> v;
        };
    }

    private void classPattern(MatchClass k, Context pc) {
        List<Pattern> patterns = k.patterns();
        List<String> attrs = k.kwdAttrs();
        List<Pattern> kwdPatterns = k.kwdPatterns();
        int nargs = patterns.size();
        int nattrs = attrs.size();
        for (int i = 0; i < nattrs; i++) {
            if (attrs.get(i).equals("__debug__")) {
                throw c.error(CompileErrors.ASSIGN_TO_DEBUG, kwdPatterns.get(i));
            }
            for (int j = i + 1; j < nattrs; j++) {
                if (attrs.get(i).equals(attrs.get(j))) {
                    throw c.error("attribute name repeated in class pattern: " + attrs.get(i), kwdPatterns.get(j));
                }
            }
        }
        c.expr.visit(k.cls());
        c.setLoc(k);
        c.loadConst(new ArrayList<Object>(attrs));
        c.emit(MATCH_CLASS, nargs);
        c.emit(COPY, 1);
        c.loadConst(null);
        c.emit(IS_OP, 1);
        pc.onTop++;
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        c.emit(UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern p = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(p)) {
                c.setLoc(k);
                c.emit(POP_TOP);
                continue;
            }
            subpattern(p, pc);
        }
    }

    private void as(MatchAs as, Context pc) {
        if (as.pattern() == null) {
            if (!pc.allowIrrefutable) {
                if (as.name() != null) {
                    throw c.error("name capture '" + as.name() + "' makes remaining patterns unreachable", as);
                }
                throw c.error("wildcard makes remaining patterns unreachable", as);
            }
            storeName(as.name(), pc, as);
            return;
        }
        pc.onTop++;
        c.emit(COPY, 1);
        pattern(as.pattern(), pc);
        pc.onTop--;
        c.setLoc(as);
        storeName(as.name(), pc, as);
    }

    private void or(MatchOr or, Context pc) {
        Assembler.Label end = Compiler.label();
        List<Pattern> alts = or.patterns();
        int size = alts.size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Assembler.Label> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = alts.get(i);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == size - 1 && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            c.setLoc(alt);
            c.emit(COPY, 1);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw c.error("alternative patterns bind different names", or);
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) {
                        throw c.error("alternative patterns bind different names", or);
                    }
                    if (icontrol != istores) {
                        // Reorder the captures on the stack (and in stores) to control's order.
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        c.setLoc(alt);
                        while (rotations-- > 0) {
                            rotate(icontrol + 1);
                        }
                    }
                }
            }
            c.setLoc(alt);
            c.jump(JUMP, end);
            emitAndResetFailPop(pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        // No alternative matched: pop the subject's copy and fail.
        c.setLoc(or);
        c.emit(POP_TOP);
        jumpToFailPop(pc, JUMP);
        c.bind(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) {
                throw c.error("multiple assignments to name '" + name + "' in pattern", or);
            }
            pc.stores.add(name);
        }
        c.emit(POP_TOP);
    }
}
