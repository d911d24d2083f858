import java.util.function.Function;

import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/** Python functions and objects called from Java: invokeFunction, invokeMethod and getInterface. */
public class InvokePython {
    /** What the Python rules implement. */
    public interface Rules {
        boolean accept(String customer, double amount);

        String describe();
    }

    public static void main(String[] args) throws Exception {
        ScriptEngine python = new ScriptEngineManager().getEngineByName("python");
        python.eval("""
                def fib(n):
                    a, b = 0, 1
                    for _ in range(n):
                        a, b = b, a + b
                    return a

                class Limits:
                    def __init__(self, limit):
                        self.limit = limit
                    def accept(self, customer, amount):
                        return amount <= self.limit or customer.startswith('vip')
                    def describe(self):
                        return f'limit {self.limit}'

                def accept(customer, amount):
                    return amount < 100
                def describe():
                    return 'module-level rules'
                """);
        Invocable inv = (Invocable) python;
        System.out.println("fib(90) = " + inv.invokeFunction("fib", 90));
        Object limits = inv.invokeFunction("Limits", 500);
        System.out.println("invokeMethod: " + inv.invokeMethod(limits, "accept", "bob", 700.0));
        Rules objectRules = inv.getInterface(limits, Rules.class);
        System.out.println(objectRules.describe() + ": vip-ann 900 -> " + objectRules.accept("vip-ann", 900));
        Rules moduleRules = inv.getInterface(Rules.class);
        System.out.println(moduleRules.describe() + ": bob 50 -> " + moduleRules.accept("bob", 50));
        System.out.println("squares: " + python.eval("[x * x for x in range(6)]", python.createBindings()));
        System.out.println("an interface Python does not implement -> " + inv.getInterface(limits, Function.class));
    }
}
