import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;

/**
 * One script compiled once and evaluated by many threads at once, each with its own context:
 * its own variables and its own output.
 */
public class CompiledManyThreads {
    public static void main(String[] args) throws Exception {
        ScriptEngine python = new ScriptEngineManager().getEngineByName("python");
        CompiledScript pricing = ((Compilable) python).compile(
                "total = sum(p * q for p, q in items)\n"
                + "print(f'order {order}: {len(items)} lines')\n"
                + "round(total * (1 - discount), 2)");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> results = new ArrayList<>();
        for (int order = 1; order <= 8; order++) {
            int id = order;
            results.add(pool.submit(() -> {
                StringWriter out = new StringWriter();
                SimpleScriptContext ctx = new SimpleScriptContext();
                ctx.setBindings(new SimpleBindings(), ScriptContext.ENGINE_SCOPE);
                ctx.setWriter(out);
                ctx.setAttribute("order", id, ScriptContext.ENGINE_SCOPE);
                ctx.setAttribute("items", List.of(List.of(9.5, id), List.of(2.0, 3)), ScriptContext.ENGINE_SCOPE);
                ctx.setAttribute("discount", id % 2 == 0 ? 0.1 : 0.0, ScriptContext.ENGINE_SCOPE);
                Object total = pricing.eval(ctx);
                return out.toString().strip() + " -> " + total;
            }));
        }
        for (Future<String> f : results) {
            System.out.println(f.get());
        }
        pool.shutdown();
    }
}
