package distlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

class ConfigAndPartitionTest {
    @Test
    void aRefusedSettingLeavesTheWholeCommandUndone() {
        Lab lab = Lab.create();
        lab.run("spawn 3 quorum");
        assertTrue(lab.error("config r=1 loss=5 w=9").contains("w=9 is outside 1..3"));
        String config = lab.run("config");
        assertTrue(config.contains("r=quorum (2)"), config);
        assertTrue(config.contains("loss=0%"), config);
    }

    @Test
    void protocolSettingsBeforeSpawnPointToSpawn() {
        assertTrue(Lab.create().error("config r=2").contains("appear once it is spawned, e.g. spawn 3 quorum"));
    }

    @Test
    void unnamedNodesClientsIncludedFormOneMoreGroup() {
        Lab lab = Lab.create();
        lab.run("spawn 3 quorum", "put x 1", "advance 1s");
        assertEquals("partition n1 | n2 n3 c1\n", lab.run("partition n1"));
        String alone = lab.run("partition n1 | n2 n3");
        assertTrue(alone.contains("note: c1 can reach no server now"), alone);
        lab.run("partition n1 c1 | n2 n3", "get x", "advance 2s");
        lab.assertValue("op2.status", "failed");
    }
}
