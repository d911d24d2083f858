/**
 * Taipan's public Java API for hosts that embed Python beyond what {@code javax.script} offers.
 *
 * <p>It holds the typed engine builder {@link dev.taipan.api.Taipan} and the options it sets
 * ({@link dev.taipan.api.EngineOptions}, {@link dev.taipan.api.ThreadingMode},
 * {@link dev.taipan.api.HostAccess}); the exceptions a host catches
 * ({@link dev.taipan.api.PythonScriptException}, whose cause is a
 * {@link dev.taipan.api.PythonException}); and {@link dev.taipan.api.PythonObject}, the opaque
 * handle under which a Python object with no natural Java counterpart reaches Java. Sandbox
 * policies will join it. Everything here is a stable contract: add to it deliberately, with
 * Javadoc that states what a host may rely on.
 */
package dev.taipan.api;
