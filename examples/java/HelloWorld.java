import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/** Hello world through {@code javax.script}: find the engine by name, evaluate, read a value back. */
public class HelloWorld {
    public static void main(String[] args) throws Exception {
        ScriptEngine python = new ScriptEngineManager().getEngineByName("python");
        python.eval("print('Hello from Python', 3 * 14)");
        python.put("name", "Java");
        Object greeting = python.eval("f'Hello, {name}!'");
        System.out.println(greeting);
        System.out.println(python.getFactory().getEngineName() + " " + python.getFactory().getLanguageVersion());
    }
}
