package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyGenericAlias;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyClassMethod;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;
import java.util.Map;

/** {@code re.Match}: the result of a successful match, immutable. */
// CPython: Modules/_sre/sre.c, match_* functions
@PyClass(name = "Match", module = "re", baseType = false,
        doc = "The result of re.match() and re.search().\n"
                + "Match objects always have a boolean value of True.")
final class ReMatch extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code re.Match}. */
    static final PyType TYPE = PyType.fromClass(ReMatch.class, LOOKUP);

    final RePattern pattern;
    final ReSubject subject;
    private final int pos;
    private final int endPos;
    /** Start and end of each group, group 0 first; -1 for groups that did not match. */
    final int[] marks;
    private final int lastIndex;

    ReMatch(RePattern pattern, ReSubject subject, int pos, int endPos, int[] marks, int lastIndex) {
        this.pattern = pattern;
        this.subject = subject;
        this.pos = pos;
        this.endPos = endPos;
        this.marks = marks;
        this.lastIndex = lastIndex;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        throw Errors.typeError("cannot create 're.Match' instances");
    }

    int groupCount() {
        return marks.length / 2 - 1;
    }

    /** Returns group g's text, or {@code dflt} when it did not match. */
    PyObject groupOr(int g, PyObject dflt) {
        int s = marks[2 * g];
        int e = marks[2 * g + 1];
        if (s < 0 || e < 0) {
            return dflt;
        }
        return subject.slice(s, e);
    }

    /** Resolves a group given by number or name, as CPython's match_getindex. */
    int index(PyObject g) {
        if (g instanceof PyInt || g instanceof PyBool) {
            long i;
            try {
                i = Abstract.asLong(g);
            } catch (RuntimeException e) {
                throw Errors.indexError("no such group");
            }
            if (i < 0 || i > groupCount()) {
                throw Errors.indexError("no such group");
            }
            return (int) i;
        }
        if (g instanceof PyStr s) {
            Integer i = pattern.regex.groupIndex().get(s.toString());
            if (i != null) {
                return i;
            }
        }
        throw Errors.indexError("no such group");
    }

    @PyMethod
    PyObject group(@Args PyObject[] args) {
        if (args.length == 0) {
            return groupOr(0, PyNone.NONE);
        }
        if (args.length == 1) {
            return groupOr(index(args[0]), PyNone.NONE);
        }
        PyObject[] out = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = groupOr(index(args[i]), PyNone.NONE);
        }
        return PyTuple.wrap(out);
    }

    @PyMethod
    PyObject __getitem__(PyObject g) {
        return groupOr(index(g), PyNone.NONE);
    }

    @PyMethod
    PyObject groups(@Name("default") @Default("None") PyObject dflt) {
        PyObject[] out = new PyObject[groupCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = groupOr(i + 1, dflt);
        }
        return PyTuple.wrap(out);
    }

    @PyMethod
    PyObject groupdict(@Name("default") @Default("None") PyObject dflt) {
        PyDict d = new PyDict();
        for (Map.Entry<String, Integer> e : pattern.regex.groupIndex().entrySet()) {
            d.put(PyStr.of(e.getKey()), groupOr(e.getValue(), dflt));
        }
        return d;
    }

    @PyMethod
    int start(@Default("0") PyObject g) {
        return marks[2 * index(g)];
    }

    @PyMethod
    int end(@Default("0") PyObject g) {
        return marks[2 * index(g) + 1];
    }

    @PyMethod
    PyObject span(@Default("0") PyObject g) {
        int i = index(g);
        return PyTuple.of(PyInt.of(marks[2 * i]), PyInt.of(marks[2 * i + 1]));
    }

    @PyMethod
    PyObject expand(PyObject template) {
        return ReTemplate.parse(pattern, template).expand(this);
    }

    @PyGetter
    PyObject pos() {
        return PyInt.of(pos);
    }

    @PyGetter
    PyObject endpos() {
        return PyInt.of(endPos);
    }

    @PyGetter
    PyObject lastindex() {
        return lastIndex < 0 ? PyNone.NONE : PyInt.of(lastIndex);
    }

    @PyGetter
    PyObject lastgroup() {
        if (lastIndex < 0) {
            return PyNone.NONE;
        }
        for (Map.Entry<String, Integer> e : pattern.regex.groupIndex().entrySet()) {
            if (e.getValue() == lastIndex) {
                return PyStr.of(e.getKey());
            }
        }
        return PyNone.NONE;
    }

    @PyGetter
    PyObject re() {
        return pattern;
    }

    @PyGetter
    PyObject string() {
        return subject.original;
    }

    @PyGetter
    PyObject regs() {
        PyObject[] out = new PyObject[groupCount() + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = PyTuple.of(PyInt.of(marks[2 * i]), PyInt.of(marks[2 * i + 1]));
        }
        return PyTuple.wrap(out);
    }

    @PyMethod
    PyObject __repr__() {
        String text = Abstract.repr(groupOr(0, PyNone.NONE)).toString();
        if (text.codePointCount(0, text.length()) > 50) {
            text = text.substring(0, text.offsetByCodePoints(0, 50));
        }
        return PyStr.of("<re.Match object; span=(" + marks[0] + ", " + marks[1] + "), match=" + text + ">");
    }

    @PyMethod
    PyObject __copy__() {
        return this;
    }

    @PyMethod
    PyObject __deepcopy__(PyObject memo) {
        return this;
    }

    @PyClassMethod
    static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }
}
