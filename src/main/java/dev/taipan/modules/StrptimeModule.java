package dev.taipan.modules;

import dev.taipan.interp.PyModule;
import dev.taipan.interp.StructSeq;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;

/**
 * The {@code _strptime} module: the parser behind {@code time.strptime} and
 * {@code datetime.datetime.strptime}, written in Java ({@link Strptime}).
 */
// CPython: Lib/_strptime.py
public final class StrptimeModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private final TimeModule time;

    /**
     * Creates the module.
     *
     * @param time the interpreter's {@code time} module, whose zone names {@code %Z} accepts
     */
    public StrptimeModule(TimeModule time) {
        super("_strptime");
        this.time = time;
        ModuleExposer.expose(this, StrptimeModule.class, LOOKUP, this::put);
    }

    /**
     * Parses with CPython's argument checks ({@code argument 0 must be str}).
     *
     * @param string the text
     * @param format the format
     * @param time   the {@code time} module, which compiles and keeps formats
     * @return the fields
     */
    static Strptime.Result parse(PyObject string, PyObject format, TimeModule time) {
        PyObject[] args = {string, format};
        for (int i = 0; i < 2; i++) {
            if (!(args[i] instanceof PyStr)) {
                throw Errors.typeError("strptime() argument %d must be str, not <class '%s'>", i,
                        args[i].getType().getName());
            }
        }
        return time.compiledFormat(format.toString()).parse(string.toString());
    }

    /**
     * The {@code time.struct_time} of a parse.
     *
     * @param r the parse
     * @return the struct_time, with zone name and offset when the text gave them
     */
    static StructSeq toStructTime(Strptime.Result r) {
        return new TimeFields(r.year(), r.month(), r.day(), r.hour(), r.minute(), r.second(), r.weekday(),
                r.julian(), r.isdst(), r.zoneName(), r.gmtoff()).toStructTime();
    }

    /**
     * {@code _strptime(data_string, format)}: the fields as
     * {@code ((year, month, day, hour, minute, second, weekday, julian, isdst, tzname, gmtoff),
     * fraction, gmtoff_fraction)}.
     */
    @PyFunction
    PyObject _strptime(PyObject string, @Default("'%a %b %d %H:%M:%S %Y'") PyObject format) {
        Strptime.Result r = parse(string, format, time);
        PyObject fields = PyTuple.of(PyInt.of(r.year()), PyInt.of(r.month()), PyInt.of(r.day()), PyInt.of(r.hour()),
                PyInt.of(r.minute()), PyInt.of(r.second()), PyInt.of(r.weekday()), PyInt.of(r.julian()),
                PyInt.of(r.isdst()), r.zoneName() == null ? PyNone.NONE : PyStr.of(r.zoneName()),
                r.gmtoff() == null ? PyNone.NONE : PyInt.of(r.gmtoff()));
        return PyTuple.of(fields, PyInt.of(r.fraction()), PyInt.of(r.gmtoffFraction()));
    }

    /** {@code _strptime_time(data_string, format)}: as {@code time.strptime}. */
    @PyFunction
    PyObject _strptime_time(PyObject string, @Default("'%a %b %d %H:%M:%S %Y'") PyObject format) {
        return toStructTime(parse(string, format, time));
    }
}
