package distlab.protocol;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.engine.Protocols;
import distlab.testing.Lab;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every protocol's paths are declared once: each field {@code show NODE} lists is in the
 * module's catalog, and each catalog field without a placeholder answers on a live cluster.
 */
class PathCatalogTest {
    @TestFactory
    List<DynamicTest> everyListedFieldIsDeclaredAndEveryDeclaredFieldAnswers() {
        return Protocols.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name))).toList();
    }

    private static void check(String protocol) {
        Lab lab = Lab.create();
        // A family that needs a particular cluster says so in its example (spawn 2 generals).
        String example = Protocols.pluginOf(protocol).example();
        lab.run(example.endsWith(" " + protocol) ? example : "spawn 3 " + protocol, "run 1s");
        ProtocolModule module = lab.session().module();
        for (String field : module.nodeFields(lab.session().sim().servers().get(0), distlab.sim.node.NodeKind.SERVER)) {
            assertTrue(module.paths().stream().anyMatch(p -> p.scope() == PathSpec.Scope.SERVER && p.matches(field)),
                    protocol + ": n1." + field + " is listed by show but not declared");
        }
        for (PathSpec p : module.paths()) {
            if (p.isPattern() || p.scope() == PathSpec.Scope.CLIENT || p.scope() == PathSpec.Scope.OP || p.scope() == PathSpec.Scope.OBJECT) continue;
            String path = (p.scope() == PathSpec.Scope.CLUSTER ? "cluster." : "n1.") + p.field();
            assertFalse(lab.run("show " + path).isBlank(), protocol + ": " + path);
        }
        for (Property property : module.properties()) lab.run("expect " + property.path());
    }
}
