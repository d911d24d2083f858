package dev.taipan.interop;

import dev.taipan.interp.ModuleFinder;
import dev.taipan.interp.PyModule;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;
import java.util.Set;

/**
 * Java packages as Python packages, for an engine whose host allows class lookup: once the path
 * has no module of the name, {@code import java.util} gives a module whose attributes are the
 * classes of that package the host allows ({@link JavaClass}), looked up when first asked for;
 * {@code from java.util import ArrayList} of a class the host does not allow is an
 * {@code ImportError}. Package names start with one of the usual roots ({@code java},
 * {@code javax}, {@code jakarta}, {@code org}, {@code com}, {@code net}, ...), and their last part
 * is in lower case as Java's convention has it (a capitalized name is a class, never a module).
 * The {@code java} package also holds {@code JavaException}.
 */
final class JavaPackages implements ModuleFinder {
    private static final Set<String> ROOTS = Set.of("java", "javax", "jakarta", "jdk", "org", "com", "net", "edu");

    private final Boundary boundary;
    private final ClassLoader loader;

    JavaPackages(Boundary boundary, ClassLoader loader) {
        this.boundary = boundary;
        this.loader = loader;
    }

    @Override
    public PyObject find(String fullName) {
        int dot = fullName.indexOf('.');
        if (!ROOTS.contains(dot < 0 ? fullName : fullName.substring(0, dot))) {
            return null;
        }
        for (String part : fullName.split("\\.", -1)) {
            if (!PyStr.of(part).isIdentifier()) {
                return null;
            }
        }
        if (Character.isUpperCase(fullName.charAt(fullName.lastIndexOf('.') + 1))) {
            // Java names packages in lower case: a capitalized name is a class, allowed or not,
            // which from-imports find through the package's __getattr__, never as a module.
            return null;
        }
        PyModule m = new PyModule(fullName);
        m.put("__path__", new PyList());
        m.put("__package__", PyStr.of(fullName));
        m.put("__getattr__", new ClassLookup(this, fullName));
        if (fullName.equals("java")) {
            m.put("JavaException", HostException.TYPE);
        }
        return m;
    }

    /** The class of a package the host allows, or null. */
    JavaClass lookup(String pkg, String name) {
        String className = pkg + "." + name;
        if (!boundary.allowsClass(className)) {
            return null;
        }
        try {
            Class<?> c = Class.forName(className, false, loader);
            return MemberTable.accessible(c) ? new JavaClass(c, boundary) : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** A package module's {@code __getattr__}: finds allowed classes on demand (PEP 562). */
    @PyClass(name = "java_package_lookup", module = "java", baseType = false)
    static final class ClassLookup extends PyObject {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(ClassLookup.class, LOOKUP);

        private final JavaPackages packages;
        private final String pkg;

        ClassLookup(JavaPackages packages, String pkg) {
            this.packages = packages;
            this.pkg = pkg;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            if (args.length != 1 || kwnames != null && kwnames.length > 0) {
                throw Errors.typeError("__getattr__() takes exactly one argument");
            }
            String name = Abstract.attrName(args[0]);
            JavaClass c = name.startsWith("__") ? null : packages.lookup(pkg, name);
            if (c == null) {
                throw Errors.of(ExceptionTypes.AttributeError, "module '%s' has no attribute '%s'", pkg, name);
            }
            return c;
        }

        @PyMethod
        PyObject __call__(PyObject name) {
            return call(new PyObject[] {name}, null);
        }
    }
}
