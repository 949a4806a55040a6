package distlab.engine.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import distlab.protocol.command.CommandSpec;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kernel's command list is two declarations (groups and the name switch): they must agree. */
class KernelCommandsTest {
    @Test
    void everyListedNameHasItsOwnDeclarationOnce() {
        Set<String> seen = new HashSet<>();
        for (KernelCommands.Group g : KernelCommands.GROUPS) {
            for (String name : g.names()) {
                assertTrue(seen.add(name), name + " listed twice");
                CommandSpec spec = KernelCommands.spec(name);
                assertNotNull(spec, name + " is listed but has no case in KernelCommands.spec");
                assertEquals(name, spec.name());
            }
        }
        assertNull(KernelCommands.spec("hlep"));
    }

    @Test
    void everyKernelCommandClassIsListed() throws Exception {
        Set<CommandSpec> listed = new HashSet<>(KernelCommands.all().stream().map(s -> KernelCommands.spec(s.name())).toList());
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("distlab.engine.command")) {
            if (!c.isAssignableTo(KernelCommand.class) || c.reflect() == KernelCommand.class) continue;
            var field = c.reflect().getDeclaredField("SPEC");
            field.setAccessible(true);
            assertTrue(listed.contains((CommandSpec) field.get(null)), c.getSimpleName() + " is not listed in KernelCommands.GROUPS");
        }
    }

    @Test
    void aKernelLineLoadsNoFamilysDeclarations() {
        CommandRegistry registry = new CommandRegistry(new distlab.engine.Session(1));
        assertEquals("spawned n1 n2 n3 (plain)\n", registry.execute("spawn 3").output());
        assertEquals("ok\n", registry.execute("expect n1.up").output());
        assertTrue(!registry.familiesLoaded(), "a kernel line loaded every family's commands");
        assertTrue(registry.isAlias("exit"));
        assertTrue(registry.names().contains("put"), "the families' commands come in when asked for");
    }
}
