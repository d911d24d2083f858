/**
 * Taipan as a JSR-223 ({@code javax.script}) script engine.
 *
 * <ul>
 * <li>{@link dev.taipan.jsr223.TaipanScriptEngineFactory}: names, versions and parameters;
 *     registered in {@code META-INF/services/javax.script.ScriptEngineFactory}.</li>
 * <li>{@link dev.taipan.jsr223.TaipanScriptEngine}: evaluation, compilation and
 *     {@code Invocable}, over one interpreter per engine.</li>
 * <li>{@link dev.taipan.jsr223.TaipanBindings}: bindings that are a Python namespace.</li>
 * <li>Package-private helpers, one concern each: {@code ScriptCode} (compiling through the code
 *     cache, and where a script's value comes from), {@code Namespace} (scopes to globals and
 *     back), {@code Conversions} (the engine's facade over {@link dev.taipan.interop}: values
 *     across the boundary under the engine's host access policy), {@code ScriptErrors} (Python
 *     exceptions to {@link dev.taipan.api.PythonScriptException}), {@code InterfaceProxy} and
 *     {@code Coercions} ({@code getInterface}).</li>
 * </ul>
 *
 * <p>Engine options come from {@link dev.taipan.api.EngineOptions} (the builder or
 * {@code python.*} bindings keys). To convert a new Java or Python type, extend
 * {@link dev.taipan.interop.JavaValues} and its tests. Everything an engine holds is per engine:
 * no static state is mutable.
 */
package dev.taipan.jsr223;
