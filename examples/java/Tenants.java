import dev.taipan.api.Taipan;
import dev.taipan.jsr223.TaipanScriptEngine;

/**
 * Per-tenant engines: each tenant's scripts run in an interpreter of its own, with its own
 * globals, modules and options, so one tenant's changes are invisible to another.
 */
public class Tenants {
    public static void main(String[] args) throws Exception {
        try (TaipanScriptEngine acme = Taipan.newEngine().recursionLimit(200).build();
                TaipanScriptEngine globex = Taipan.newEngine().build()) {
            acme.eval("import json\njson.tenant = 'acme'\nrate = 0.2");
            globex.eval("rate = 0.3");
            System.out.println("acme rate:   " + acme.eval("rate"));
            System.out.println("globex rate: " + globex.eval("rate"));
            System.out.println("globex sees acme's json change: "
                    + globex.eval("import json\nhasattr(json, 'tenant')"));
            System.out.println("acme recursion limit: " + acme.eval("import sys\nsys.getrecursionlimit()"));
            System.out.println("globex recursion limit: " + globex.eval("import sys\nsys.getrecursionlimit()"));
        }
    }
}
