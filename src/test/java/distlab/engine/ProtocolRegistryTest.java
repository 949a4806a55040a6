package distlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each plug-in lists its protocols and creates them in two places: they must agree. */
class ProtocolRegistryTest {
    @Test
    void everyListedProtocolCreatesAModuleOfThatName() {
        for (String name : Protocols.names()) assertEquals(name, Protocols.create(name).name(), "plug-in of " + name);
    }
}
