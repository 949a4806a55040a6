package distlab.protocol.quorum;

import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * {@code config timestamps=physical} (lectures 3.1, 5.1): a put's timestamp is its client's
 * clock reading, so a later write from a client whose clock is behind silently loses.
 */
class PhysicalTimestampsTest {
    private static Lab laterWriteFromALaggingClock(String settings) {
        Lab lab = Lab.create();
        lab.run("spawn 3 quorum", "latency 10ms", "config " + settings, "put x first", "clock c2 offset=-100ms",
                "run until op1.status == ok", "put x second --client c2", "run until op2.status == ok", "get x", "run until op3.status == ok");
        return lab;
    }

    @Test
    void theLaterWriteLosesSilentlyToAClockAhead() {
        Lab lab = laterWriteFromALaggingClock("timestamps=physical");
        lab.assertValue("op2.status", "ok");
        lab.assertValue("op3.value", "first");
        lab.assertValue("n1.ts.x", "0ms:c1");
    }

    @Test
    void logicalTimestampsWithAQueryKeepTheLaterWrite() {
        // Multi-writer ABD: c2 learns 1:c1 before writing, so its write gets 2:c2 whatever its clock says.
        Lab lab = laterWriteFromALaggingClock("timestamps=logical writequery=on");
        lab.assertValue("op3.value", "second");
        lab.assertValue("n1.ts.x", "2:c2");
    }

    @Test
    void writeQueryCannotHelpPhysicalTimestamps() {
        Lab lab = Lab.create();
        lab.run("spawn 3 quorum");
        assertTrue(lab.run("config timestamps=physical writequery=on").contains("warning: writequery does not help"));
    }
}
