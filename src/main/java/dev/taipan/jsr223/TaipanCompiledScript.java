package dev.taipan.jsr223;

import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;

/**
 * A script compiled by {@link TaipanScriptEngine#compile(String)}: parsed and compiled once, then
 * evaluated any number of times, from any thread, with any context, exactly as
 * {@link TaipanScriptEngine#eval(String, ScriptContext)} would evaluate its source.
 */
public final class TaipanCompiledScript extends CompiledScript {
    private final TaipanScriptEngine engine;
    private final ScriptCode code;

    TaipanCompiledScript(TaipanScriptEngine engine, ScriptCode code) {
        this.engine = engine;
        this.code = code;
    }

    @Override
    public Object eval(ScriptContext context) throws ScriptException {
        return engine.run(code, context);
    }

    @Override
    public ScriptEngine getEngine() {
        return engine;
    }
}
