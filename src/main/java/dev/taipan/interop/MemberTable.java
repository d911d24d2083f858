package dev.taipan.interop;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What Python may use of one Java class: its public methods by name (instance and static), public
 * fields, bean properties ({@code getX}/{@code isX} read as {@code x}, {@code setX} written) and
 * public constructors. A method of a class that is not public itself is reached through the
 * public class or interface that declares it. Tables are immutable, hold no interpreter object,
 * and are made once per class for the whole JVM.
 */
final class MemberTable {
    private static final ClassValue<MemberTable> TABLES = new ClassValue<>() {
        @Override
        protected MemberTable computeValue(Class<?> type) {
            return new MemberTable(type);
        }
    };

    /** A public field: its type and handles to read and (unless final) write it. */
    record FieldAccess(Class<?> type, MethodHandle getter, MethodHandle setter, boolean isStatic) {
    }

    final Class<?> type;
    final Map<String, Invoker[]> methods;
    final Map<String, Invoker[]> statics;
    final Map<String, FieldAccess> fields;
    final Map<String, FieldAccess> staticFields;
    final Map<String, Invoker> getters;
    final Map<String, Invoker[]> setters;
    final Invoker[] constructors;
    /** The name of the single abstract method of the functional interface the class implements, or null. */
    final String functionalMethod;

    private MemberTable(Class<?> type) {
        this.type = type;
        Map<String, List<Invoker>> inst = new LinkedHashMap<>();
        Map<String, List<Invoker>> stat = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Class<?> t : supertypes(type)) {
            if (!accessible(t)) {
                continue;
            }
            for (Method m : t.getMethods()) {
                boolean isStatic = Modifier.isStatic(m.getModifiers());
                if (m.isBridge() || m.isSynthetic() || isStatic && t != type) {
                    continue;
                }
                String key = (isStatic ? "static " : "") + m.getName() + Arrays.toString(m.getParameterTypes());
                if (!seen.add(key)) {
                    continue;
                }
                Invoker inv = Invoker.method(t, m);
                if (inv != null) {
                    (isStatic ? stat : inst).computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(inv);
                }
            }
        }
        this.methods = freeze(inst);
        this.statics = freeze(stat);
        Map<String, FieldAccess> f = new LinkedHashMap<>();
        Map<String, FieldAccess> sf = new LinkedHashMap<>();
        for (Field field : type.getFields()) {
            FieldAccess access = fieldAccess(type, field);
            if (access != null) {
                (access.isStatic() ? sf : f).putIfAbsent(field.getName(), access);
            }
        }
        this.fields = Collections.unmodifiableMap(f);
        this.staticFields = Collections.unmodifiableMap(sf);
        Map<String, Invoker> get = new LinkedHashMap<>();
        Map<String, List<Invoker>> set = new LinkedHashMap<>();
        for (Invoker[] overloads : methods.values()) {
            for (Invoker m : overloads) {
                String n = m.name;
                if (m.params.length == 0 && m.returnType != void.class && n.length() > 3 && n.startsWith("get")) {
                    get.putIfAbsent(decapitalize(n.substring(3)), m);
                } else if (m.params.length == 0 && (m.returnType == boolean.class || m.returnType == Boolean.class)
                        && n.length() > 2 && n.startsWith("is")) {
                    get.putIfAbsent(decapitalize(n.substring(2)), m);
                } else if (m.params.length == 1 && n.length() > 3 && n.startsWith("set")) {
                    set.computeIfAbsent(decapitalize(n.substring(3)), k -> new ArrayList<>()).add(m);
                }
            }
        }
        this.getters = Collections.unmodifiableMap(get);
        this.setters = freeze(set);
        List<Invoker> ctors = new ArrayList<>();
        if (accessible(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
            for (Constructor<?> k : type.getConstructors()) {
                Invoker inv = Invoker.constructor(type, k);
                if (inv != null) {
                    ctors.add(inv);
                }
            }
        }
        this.constructors = ctors.toArray(new Invoker[0]);
        this.functionalMethod = findFunctionalMethod(type);
    }

    /** The table of a class. */
    static MemberTable of(Class<?> type) {
        return TABLES.get(type);
    }

    /** Every public member name, for {@code dir()}. */
    Set<String> names(boolean statically) {
        Set<String> out = new TreeSet<>();
        if (statically) {
            out.addAll(statics.keySet());
            out.addAll(staticFields.keySet());
        } else {
            out.addAll(methods.keySet());
            out.addAll(fields.keySet());
            out.addAll(getters.keySet());
        }
        return out;
    }

    /** Whether the public lookup reaches a class: public, its enclosing classes public, its package exported. */
    static boolean accessible(Class<?> t) {
        try {
            MethodHandles.publicLookup().accessClass(t);
            return true;
        } catch (IllegalAccessException e) {
            return false;
        }
    }

    /** The class, its superclasses, then every interface, nearest first. */
    private static List<Class<?>> supertypes(Class<?> type) {
        Set<Class<?>> out = new LinkedHashSet<>();
        for (Class<?> k = type; k != null; k = k.getSuperclass()) {
            out.add(k);
        }
        Deque<Class<?>> todo = new ArrayDeque<>(out);
        while (!todo.isEmpty()) {
            for (Class<?> i : todo.poll().getInterfaces()) {
                if (out.add(i)) {
                    todo.add(i);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static FieldAccess fieldAccess(Class<?> type, Field field) {
        Class<?> refc = accessible(type) ? type : field.getDeclaringClass();
        boolean isStatic = Modifier.isStatic(field.getModifiers());
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle get = isStatic ? lookup.findStaticGetter(refc, field.getName(), field.getType())
                    : lookup.findGetter(refc, field.getName(), field.getType());
            MethodHandle set = null;
            if (!Modifier.isFinal(field.getModifiers())) {
                set = isStatic ? lookup.findStaticSetter(refc, field.getName(), field.getType())
                        : lookup.findSetter(refc, field.getName(), field.getType());
            }
            return new FieldAccess(field.getType(), get, set, isStatic);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The single abstract method of a functional interface, or null when {@code iface} is not one. */
    static Method singleAbstractMethod(Class<?> iface) {
        if (!iface.isInterface()) {
            return null;
        }
        Method found = null;
        for (Method m : iface.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
                continue;
            }
            if (found != null && !(found.getName().equals(m.getName())
                    && Arrays.equals(found.getParameterTypes(), m.getParameterTypes()))) {
                return null;
            }
            found = m;
        }
        return found;
    }

    private static String findFunctionalMethod(Class<?> type) {
        for (Class<?> t : supertypes(type)) {
            if (t.isInterface() && accessible(t)) {
                Method sam = singleAbstractMethod(t);
                if (sam != null) {
                    return sam.getName();
                }
            }
        }
        return null;
    }

    /** Whether an interface method redeclares one of {@code Object}'s public methods. */
    static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    // JavaBeans' rule: "URL" stays "URL", "Name" becomes "name".
    private static String decapitalize(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static Map<String, Invoker[]> freeze(Map<String, List<Invoker>> m) {
        Map<String, Invoker[]> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v.toArray(new Invoker[0])));
        return Collections.unmodifiableMap(out);
    }
}
