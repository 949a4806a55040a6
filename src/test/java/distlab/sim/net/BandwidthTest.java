package distlab.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.sim.LabException;
import org.junit.jupiter.api.Test;

/** Lecture 1.2's arithmetic: rates in bits per second, sizes in bytes, transmission time = size * 8 / rate. */
class BandwidthTest {
    @Test
    void ratesReadInBitsOrBytesPerSecondWithDecimalPrefixes() {
        assertEquals(1_000_000, Bandwidth.parse("1Mbps").bitsPerSecond());
        assertEquals(56_000, Bandwidth.parse("56kbps").bitsPerSecond());
        assertEquals(10_000_000_000L, Bandwidth.parse("10Gbps").bitsPerSecond());
        assertEquals(1_500_000, Bandwidth.parse("1.5Mbit/s").bitsPerSecond());
        assertEquals(16_000_000, Bandwidth.parse("2MB/s").bitsPerSecond());
        assertTrue(Bandwidth.parse("unlimited").unlimited());
    }

    @Test
    void ratesPrintInTheirShortestForm() {
        assertEquals("1Mbps", Bandwidth.parse("1000kbps").toString());
        assertEquals("1.5Mbps", Bandwidth.parse("1500kbps").toString());
        assertEquals("16Mbps", Bandwidth.parse("2MB/s").toString());
        assertEquals("100bps", Bandwidth.parse("100bps").toString());
        assertEquals("unlimited", Bandwidth.UNLIMITED.toString());
    }

    @Test
    void badRatesAreRefusedWithAnExample() {
        assertTrue(assertThrows(LabException.class, () -> Bandwidth.parse("fast")).getMessage().contains("e.g. 1Mbps"));
        assertThrows(LabException.class, () -> Bandwidth.parse("0bps"));
        assertThrows(LabException.class, () -> Bandwidth.parse("0.5bps"));
        assertThrows(LabException.class, () -> Bandwidth.parse("2000Tbps"));
    }

    @Test
    void transmissionTimeIsSizeTimesEightOverTheRateRoundedUpToAMicrosecond() {
        // Lecture 1.2: 1 GB over 10 Mbit/s takes 800 s.
        assertEquals(800_000_000L, Bandwidth.parse("10Mbps").transmitMicros(1_000_000_000L));
        assertEquals(8, Bandwidth.parse("1Mbps").transmitMicros(1));
        assertEquals(1, Bandwidth.parse("10Mbps").transmitMicros(1));
        assertEquals(0, Bandwidth.UNLIMITED.transmitMicros(1_000_000));
        assertEquals(0, Bandwidth.parse("1bps").transmitMicros(0));
    }

    @Test
    void sizesReadAndPrintWithDecimalPrefixes() {
        assertEquals(1500, Bytes.parse("1500"));
        assertEquals(64_000, Bytes.parse("64kB"));
        assertEquals(2_000_000, Bytes.parse("2MB"));
        assertEquals(1_500_000_000L, Bytes.parse("1.5GB"));
        assertEquals("1.5kB", Bytes.format(1500));
        assertEquals("2MB", Bytes.format(2_000_000));
        assertEquals("999B", Bytes.format(999));
        assertEquals("50TB", Bytes.format(Bytes.parse("50TB")));
        assertThrows(LabException.class, () -> Bytes.parse("1.5"));
        assertThrows(LabException.class, () -> Bytes.parse("101TB"));
        assertThrows(LabException.class, () -> Bytes.parse("lots"));
    }

    @Test
    void aLinkUsesItsOwnRateElseTheDefault() {
        Network net = new Network();
        net.setDefaultBandwidth(Bandwidth.parse("8Mbps"));
        net.setLinkBandwidth(0, 1, Bandwidth.parse("8kbps"));
        assertEquals(1_000_000, net.transmitMicros(0, 1, 1000));
        assertEquals(1_000, net.transmitMicros(1, 0, 1000));
        net.setDefaultBandwidth(Bandwidth.UNLIMITED);
        assertEquals(0, net.transmitMicros(0, 1, 1000), "setting every link clears per-link rates");
    }
}
