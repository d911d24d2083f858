package dev.taipan.interop;

import java.util.Set;

/**
 * The reflection barrier: what scripts never reach unless the host allows all access. Guarded are
 * reflection itself ({@code getClass}, {@code Class} objects, class loaders, {@code java.lang.reflect},
 * {@code java.lang.invoke}), the classes that act on the whole JVM or process ({@code System},
 * {@code Runtime}, {@code Thread}, {@code ProcessBuilder}, ...), and monitor methods
 * ({@code wait}, {@code notify}). A host object of a guarded class shows no members at all, and a
 * guarded member of any other object is missing ({@code AttributeError}).
 */
final class Barrier {
    private static final Set<String> GUARDED_CLASSES = Set.of(
            "java.lang.Class", "java.lang.ClassLoader", "java.lang.Module", "java.lang.ModuleLayer",
            "java.lang.Package", "java.lang.Runtime", "java.lang.System", "java.lang.Thread",
            "java.lang.ThreadGroup", "java.lang.ThreadLocal", "java.lang.InheritableThreadLocal",
            "java.lang.Process", "java.lang.ProcessBuilder", "java.lang.ProcessHandle", "java.lang.StackWalker",
            "java.lang.SecurityManager", "java.lang.ScopedValue", "java.lang.Compiler");
    private static final Set<String> GUARDED_PACKAGES = Set.of(
            "java.lang.reflect", "java.lang.invoke", "java.lang.instrument", "java.lang.ref", "java.lang.runtime",
            "java.lang.module", "java.security", "jdk.internal", "sun", "com.sun");
    private static final Set<String> GUARDED_MEMBERS = Set.of(
            "getClass", "class", "getClassLoader", "classLoader", "wait", "notify", "notifyAll",
            "getDeclaringClass", "declaringClass", "getModule", "module", "getContextClassLoader",
            "forName", "newInstance");

    private Barrier() {
    }

    /** Whether a class name is behind the barrier (the class or its package is guarded). */
    static boolean isGuardedName(String className) {
        if (GUARDED_CLASSES.contains(className)) {
            return true;
        }
        for (String pkg : GUARDED_PACKAGES) {
            if (className.startsWith(pkg + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Whether objects of a class are behind the barrier, by the class or any supertype. */
    static boolean isGuarded(Class<?> c) {
        if (c.isArray()) {
            return isGuarded(c.getComponentType());
        }
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (isGuardedName(k.getName())) {
                return true;
            }
        }
        return ClassLoader.class.isAssignableFrom(c) || Thread.class.isAssignableFrom(c)
                || java.lang.reflect.AnnotatedElement.class.isAssignableFrom(c)
                || java.lang.reflect.Member.class.isAssignableFrom(c);
    }

    /** Whether a member name (method, field or bean property) is behind the barrier. */
    static boolean isGuardedMember(String name) {
        return GUARDED_MEMBERS.contains(name);
    }
}
