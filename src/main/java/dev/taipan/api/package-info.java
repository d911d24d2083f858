/**
 * Taipan's public Java API for hosts that embed Python beyond what {@code javax.script} offers.
 *
 * <p>For now it holds {@link dev.taipan.api.PythonObject}, the opaque handle under which a Python
 * object with no natural Java counterpart (a function, a class instance, a set...) reaches Java.
 * The typed engine builder, engine options and sandbox policies will join it. Everything here is
 * a stable contract: add to it deliberately, with Javadoc that states what a host may rely on.
 */
package dev.taipan.api;
