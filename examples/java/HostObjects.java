import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/**
 * A Java object handed to Python: its public methods and bean properties are usable from the
 * script, Java lists and maps are seen as Python sequences and mappings (live views), and a
 * Python function can be passed where Java expects a functional interface.
 */
public class HostObjects {
    /** A host service exposed to scripts. */
    public static class Inventory {
        private final Map<String, Integer> stock = new LinkedHashMap<>();
        private final List<String> log = new ArrayList<>();

        public void add(String item, int count) {
            stock.merge(item, count, Integer::sum);
            log.add("add " + item);
        }

        public int count(String item) {
            return stock.getOrDefault(item, 0);
        }

        public Map<String, Integer> getStock() {
            return stock;
        }

        public List<String> getLog() {
            return log;
        }

        public int total(java.util.function.ToIntFunction<String> weight) {
            return stock.keySet().stream().mapToInt(k -> weight.applyAsInt(k) * stock.get(k)).sum();
        }
    }

    public static void main(String[] args) throws Exception {
        ScriptEngine python = new ScriptEngineManager().getEngineByName("python");
        Inventory inventory = new Inventory();
        python.put("inventory", inventory);
        python.eval("""
                inventory.add('apple', 3)
                inventory.add('pear', 2)
                inventory.add('apple', 4)
                print('apples:', inventory.count('apple'))
                print('items:', sorted(inventory.stock.keys()))
                for entry in inventory.log:
                    print(' ', entry)
                print('weighted:', inventory.total(lambda name: len(name)))
                inventory.log.append('checked by python')
                """);
        System.out.println("Java sees the script's append: " + inventory.getLog());
    }
}
