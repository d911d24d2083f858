/**
 * The code cache: a Caffeine cache from source text, file name and compile flags to the
 * immutable compiled code, so a server that evaluates the same script for every request parses
 * and compiles it once.
 *
 * <p>What it holds is immutable and refers to no interpreter: each engine wraps the cached code
 * in objects of its own (constants, adaptive state), so no tenant's objects are ever reachable
 * through the cache from another tenant. One cache is shared JVM-wide ({@link
 * dev.taipan.cache.CodeCache#shared()}); an engine may be given a private one instead.
 */
package dev.taipan.cache;
