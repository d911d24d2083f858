/**
 * Java and Python objects across the boundary of an embedding.
 *
 * <ul>
 * <li>{@link dev.taipan.interop.JavaValues}: conversions both ways; scalars convert, containers
 *     are seen through live views ({@link dev.taipan.interop.JavaList} and friends in Python,
 *     {@link dev.taipan.interop.PythonView} in Java).</li>
 * <li>{@link dev.taipan.interop.HostObject}: any other Java object, with a Python type per Java
 *     class ({@code HostTypes}) whose attributes are the public methods, fields and bean
 *     properties ({@code MemberTable}, {@code HostMembers}); calls choose among overloads
 *     ({@code Overloads}, {@code JavaArgs}); a Python callable can be a functional interface
 *     ({@code CallableProxy}); Java exceptions become {@link dev.taipan.interop.HostException}.</li>
 * <li>{@link dev.taipan.interop.Boundary}: an engine's rules, and {@code Barrier}: what stays out of
 *     reach unless the host allows all access.</li>
 * <li>{@link dev.taipan.interop.HostInterop}: installs class lookup ({@code JavaPackages},
 *     {@link dev.taipan.interop.JavaClass}) in an interpreter.</li>
 * </ul>
 *
 * <p>Member tables and host types are made once per Java class for the whole JVM, are immutable
 * and hold no interpreter object; everything an engine may change is per engine.
 */
package dev.taipan.interop;
