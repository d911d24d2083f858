package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyDict;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A tiny evaluator for the call expressions the module tests are written in, so a case reads as
 * the Python that produced its expected value on CPython: {@code name(arg, ..., kw=arg)} where an
 * argument is an int, float, string, list, tuple, dict, {@code True}/{@code False}/{@code None},
 * {@code inf}/{@code nan}, a unary minus, {@code a ** b} or {@code a * b}, or a nested call.
 * The result is its {@code repr}, or {@code "ExcType: message"} when it raises.
 */
final class MiniEval {
    private final String src;
    private final Function<String, PyObject> names;
    private int pos;

    private MiniEval(String src, Function<String, PyObject> names) {
        this.src = src;
        this.names = names;
    }

    /** Evaluates and describes the outcome as CPython's {@code repr} or exception line would. */
    static String run(String expr, Function<String, PyObject> names) {
        try {
            return Abstract.repr(eval(expr, names)).toString();
        } catch (PyException e) {
            return e.getPyType().getName() + ": " + Abstract.str(e.getValue());
        }
    }

    /** Evaluates an expression. */
    static PyObject eval(String expr, Function<String, PyObject> names) {
        MiniEval m = new MiniEval(expr, names);
        PyObject v = m.expr();
        m.skip();
        if (m.pos != expr.length()) {
            throw new IllegalArgumentException("trailing text in " + expr + " at " + m.pos);
        }
        return v;
    }

    private void skip() {
        while (pos < src.length() && src.charAt(pos) == ' ') {
            pos++;
        }
    }

    private boolean eat(String s) {
        skip();
        if (src.startsWith(s, pos)) {
            pos += s.length();
            return true;
        }
        return false;
    }

    private PyObject expr() {
        PyObject left = power();
        while (true) {
            skip();
            if (src.startsWith("**", pos) || !src.startsWith("*", pos)) {
                return left;
            }
            pos++;
            left = Abstract.mul(left, power());
        }
    }

    private PyObject power() {
        PyObject base = unary();
        if (eat("**")) {
            return Abstract.pow(base, power());
        }
        return base;
    }

    private PyObject unary() {
        if (eat("-")) {
            return Abstract.neg(power());
        }
        return atom();
    }

    private PyObject atom() {
        skip();
        char c = src.charAt(pos);
        if (c == '(') {
            pos++;
            List<PyObject> items = new ArrayList<>();
            boolean comma = false;
            while (!eat(")")) {
                items.add(expr());
                comma |= eat(",");
            }
            return items.size() == 1 && !comma ? items.get(0) : PyTuple.of(items.toArray(new PyObject[0]));
        }
        if (c == '[') {
            pos++;
            List<PyObject> items = new ArrayList<>();
            while (!eat("]")) {
                items.add(expr());
                eat(",");
            }
            return PyList.of(items.toArray(new PyObject[0]));
        }
        if (c == '{') {
            pos++;
            PyDict d = new PyDict();
            while (!eat("}")) {
                PyObject k = expr();
                eat(":");
                d.put(k, expr());
                eat(",");
            }
            return d;
        }
        if (c == '\'' || c == '"') {
            return PyStr.of(string(c));
        }
        if (Character.isDigit(c) || c == '.') {
            int start = pos;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.'
                    || (src.charAt(pos) == '-' || src.charAt(pos) == '+') && "eE".indexOf(src.charAt(pos - 1)) >= 0)) {
                pos++;
            }
            String num = src.substring(start, pos);
            if (num.matches("[0-9]+")) {
                return PyInt.of(new BigInteger(num));
            }
            return PyFloat.of(Double.parseDouble(num));
        }
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        String name = src.substring(start, pos);
        PyObject value = switch (name) {
            case "True" -> PyBool.TRUE;
            case "False" -> PyBool.FALSE;
            case "None" -> PyNone.NONE;
            case "inf" -> PyFloat.of(Double.POSITIVE_INFINITY);
            case "nan" -> PyFloat.of(Double.NaN);
            default -> {
                PyObject v = names.apply(name);
                if (v == null) {
                    throw new IllegalArgumentException("unknown name " + name);
                }
                yield v;
            }
        };
        return trailers(value);
    }

    /** Calls and attribute accesses after an atom: {@code f(x)(y).name(z)}. */
    private PyObject trailers(PyObject value) {
        while (true) {
            if (eat("(")) {
                value = call(value);
            } else if (eat(".")) {
                int start = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
                value = Abstract.getAttr(value, src.substring(start, pos));
            } else {
                return value;
            }
        }
    }

    /** A string literal with Python's common escapes. */
    private String string(char quote) {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (src.charAt(pos) != quote) {
            char c = src.charAt(pos++);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = src.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                case 'x' -> {
                    sb.append((char) Integer.parseInt(src.substring(pos, pos + 2), 16));
                    pos += 2;
                }
                default -> sb.append(e);
            }
        }
        pos++;
        return sb.toString();
    }

    private PyObject call(PyObject fn) {
        List<PyObject> args = new ArrayList<>();
        List<String> kwnames = new ArrayList<>();
        while (!eat(")")) {
            skip();
            int save = pos;
            int start = pos;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
            if (pos > start && pos < src.length() && src.charAt(pos) == '=' && src.charAt(pos + 1) != '=') {
                kwnames.add(src.substring(start, pos));
                pos++;
            } else {
                pos = save;
            }
            args.add(expr());
            eat(",");
        }
        return fn.call(args.toArray(new PyObject[0]), kwnames.isEmpty() ? null : kwnames.toArray(new String[0]));
    }
}
