package distlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** Lecture 1.2 in every protocol: a sized message takes latency + size / bandwidth. */
class BandwidthCommandTest {
    @Test
    void aSizedMessageTakesLatencyPlusSizeOverRate() {
        Lab lab = Lab.create();
        lab.run("spawn 2", "latency 10ms", "bandwidth 1Mbps", "send n1 n2 photo --size 2MB", "send n1 n2 note");
        lab.assertValue("m1.due", "16.01s");
        lab.assertValue("m2.due", "10ms");
        lab.assertValue("m1.size", "2000000");
    }

    @Test
    void messagesWithoutASizeBeforeTheFirstSizedOneReadAsZeroBytes() {
        Lab lab = Lab.create();
        lab.run("spawn 2", "send n1 n2 a", "send n1 n2 b --size 1500", "send n1 n2 c");
        lab.assertValue("m1.size", "0");
        lab.assertValue("m2.size", "1500");
        lab.assertValue("m3.size", "0");
    }

    @Test
    void aPerLinkRateAppliesInOneDirectionOnly() {
        Lab lab = Lab.create();
        lab.run("spawn 2", "latency 0ms", "bandwidth 8kbps n1 n2", "send n1 n2 a --size 1kB", "send n2 n1 b --size 1kB");
        lab.assertValue("m1.due", "1s");
        lab.assertValue("m2.due", "0ms");
        assertEquals("bandwidth unlimited\nbandwidth 8kbps n1 n2\n", lab.run("bandwidth"));
    }

    @Test
    void theSendLineShowsTheSizeAndBadSizesAreRefused() {
        Lab lab = Lab.create();
        String out = lab.run("spawn 2", "send n1 n2 photo --size 2MB");
        assertTrue(out.contains("send m1 to n2 \"photo\" (2MB)"), out);
        assertTrue(lab.error("send n1 n2 x --size huge").contains("bad size 'huge'"));
        lab.run("bandwidth 1bps");
        assertTrue(lab.error("send n1 n2 x --size 10MB").contains("more than a year"));
    }

    @Test
    void bandwidthIsAKernelSettingInEveryProtocol() {
        Lab lab = Lab.create();
        lab.run("spawn 3 raft", "config bandwidth=2MB/s");
        assertEquals("bandwidth 16Mbps\n", lab.run("bandwidth"));
        assertTrue(lab.error("bandwidth 1mbs").contains("e.g. 1Mbps"));
    }
}
