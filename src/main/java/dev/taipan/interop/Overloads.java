package dev.taipan.interop;

import dev.taipan.interp.Blocking;
import dev.taipan.interp.Interpreter;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;

import java.util.StringJoiner;

/**
 * Calls one of a set of Java overloads with Python arguments: candidates are those of the right
 * arity (a varargs method takes any number from its fixed ones up), and among them the one whose
 * parameters fit the arguments best (see {@link JavaArgs}); the first declared wins a tie. When
 * none fits, a {@code TypeError} lists the candidate signatures. A Java exception the method
 * throws becomes a {@code JavaException}; a Python exception (raised by a Python callable the
 * method called back) passes through unchanged.
 */
final class Overloads {
    private Overloads() {
    }

    /**
     * Calls the best fitting overload.
     *
     * @param receiver   the object, ignored by static methods and constructors
     * @param candidates the overloads
     * @param args       the Python arguments
     * @param kwnames    keyword names (Java methods take none)
     * @param b          the boundary, for converting arguments and result
     * @param what       how error messages name the method, such as {@code java.util.ArrayList.add}
     * @return the result as Python sees it
     */
    static PyObject call(Object receiver, Invoker[] candidates, PyObject[] args, String[] kwnames, Boundary b,
            String what) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("%s() takes no keyword arguments", what);
        }
        Invoker best = null;
        int bestScore = JavaArgs.NO;
        boolean bestSpreads = false;
        for (Invoker inv : candidates) {
            int direct = fixedScore(inv, args, inv.params.length);
            if (direct < bestScore) {
                best = inv;
                bestScore = direct;
                bestSpreads = false;
            }
            if (inv.varargs) {
                int spread = spreadScore(inv, args);
                if (spread < bestScore) {
                    best = inv;
                    bestScore = spread;
                    bestSpreads = true;
                }
            }
        }
        if (best == null) {
            throw noneFits(candidates, args, what);
        }
        Object[] javaArgs = bestSpreads ? spreadArgs(best, args, b) : fixedArgs(best, args, b);
        Object result = invoke(best, receiver, javaArgs, b.interpreter());
        return best.returnType == void.class ? PyNone.NONE : JavaValues.toPython(result, b);
    }

    /**
     * Runs the Java method, with the interpreter's GIL released when there is one: the method may
     * block, and a Python callback it makes (on this thread or another) enters the interpreter.
     */
    private static Object invoke(Invoker inv, Object receiver, Object[] args, Interpreter interp) {
        Object[] result = new Object[1];
        Throwable[] thrown = new Throwable[1];
        Blocking.Op<Object> call = () -> {
            try {
                result[0] = inv.invoke(receiver, args);
            } catch (Throwable t) {
                thrown[0] = t;
            }
            return null;
        };
        try {
            if (interp == null) {
                call.run();
            } else {
                interp.releaseGil(call);
            }
        } catch (InterruptedException e) {
            thrown[0] = e;
        }
        Throwable t = thrown[0];
        if (t instanceof PyException e) {
            throw e;
        } else if (t instanceof StackOverflowError | t instanceof OutOfMemoryError) {
            throw (Error) t;
        } else if (t != null) {
            throw HostException.of(t);
        }
        return result[0];
    }

    private static int fixedScore(Invoker inv, PyObject[] args, int n) {
        if (args.length != n) {
            return JavaArgs.NO;
        }
        int total = 0;
        for (int i = 0; i < n; i++) {
            int s = JavaArgs.score(args[i], inv.params[i]);
            if (s >= JavaArgs.NO) {
                return JavaArgs.NO;
            }
            total += s;
        }
        return total;
    }

    /** The score of a varargs call with the trailing arguments collected; a little worse than direct. */
    private static int spreadScore(Invoker inv, PyObject[] args) {
        int fixed = inv.params.length - 1;
        if (args.length < fixed) {
            return JavaArgs.NO;
        }
        int total = 1;
        Class<?> component = inv.params[fixed].getComponentType();
        for (int i = 0; i < args.length; i++) {
            int s = JavaArgs.score(args[i], i < fixed ? inv.params[i] : component);
            if (s >= JavaArgs.NO) {
                return JavaArgs.NO;
            }
            total += s;
        }
        return total;
    }

    private static Object[] fixedArgs(Invoker inv, PyObject[] args, Boundary b) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = JavaArgs.convert(args[i], inv.params[i], b);
        }
        return out;
    }

    private static Object[] spreadArgs(Invoker inv, PyObject[] args, Boundary b) {
        int fixed = inv.params.length - 1;
        Object[] out = new Object[inv.params.length];
        for (int i = 0; i < fixed; i++) {
            out[i] = JavaArgs.convert(args[i], inv.params[i], b);
        }
        PyObject[] rest = new PyObject[args.length - fixed];
        System.arraycopy(args, fixed, rest, 0, rest.length);
        out[fixed] = JavaArgs.toArray(rest, inv.params[fixed].getComponentType(), b);
        return out;
    }

    private static PyException noneFits(Invoker[] candidates, PyObject[] args, String what) {
        StringJoiner given = new StringJoiner(", ", "(", ")");
        for (PyObject a : args) {
            given.add(a instanceof HostObject h ? h.target.getClass().getName() : a.getType().getName());
        }
        StringJoiner sigs = new StringJoiner(", ");
        for (Invoker inv : candidates) {
            sigs.add(inv.signature());
        }
        if (candidates.length == 0) {
            return Errors.typeError("%s cannot be called from Python", what);
        }
        return Errors.typeError("no overload of %s accepts the arguments %s; candidates: %s", what, given, sigs);
    }
}
