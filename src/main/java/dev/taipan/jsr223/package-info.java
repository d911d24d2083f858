/**
 * Taipan as a JSR-223 ({@code javax.script}) script engine.
 *
 * <ul>
 * <li>{@link dev.taipan.jsr223.TaipanScriptEngineFactory}: names, versions and parameters;
 *     registered in {@code META-INF/services/javax.script.ScriptEngineFactory}.</li>
 * <li>{@link dev.taipan.jsr223.TaipanScriptEngine}: evaluation, compilation and
 *     {@code Invocable}, over one interpreter per engine.</li>
 * <li>{@link dev.taipan.jsr223.TaipanBindings}: bindings that are a Python namespace.</li>
 * <li>Package-private helpers, one concern each: {@code ScriptCode} (compiling, and where a
 *     script's value comes from), {@code Namespace} (scopes to globals and back),
 *     {@code Conversions} (values across the boundary), {@code ScriptErrors} (Python exceptions to
 *     {@code ScriptException}), {@code InterfaceProxy} and {@code Coercions}
 *     ({@code getInterface}).</li>
 * </ul>
 *
 * <p>To convert a new Java or Python type, extend both directions in {@code Conversions}, the
 * table in its class comment, and {@code ConversionsTest}. Everything an engine holds is per
 * engine: no static state is mutable.
 */
package dev.taipan.jsr223;
