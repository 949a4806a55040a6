package distlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimTimeTest {
    @ParameterizedTest
    @CsvSource({"250us,250", "150ms,150000", "150,150000", "2s,2000000", "1.5s,1500000", "0.25ms,250", "0,0",
            "30min,1800000000", "24h,86400000000", "1.5h,5400000000"})
    void parsesEveryUnitAndABareNumberAsMilliseconds(String text, long micros) {
        assertEquals(micros, SimTime.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"0,0ms", "250,250us", "150000,150ms", "12345,12.345ms", "2000000,2s", "1500000,1.5s", "1000001,1.000001s"})
    void printsCanonically(long micros, String text) {
        assertEquals(text, SimTime.format(micros));
    }

    @Test
    void rejectsNegativeMalformedTooFineAndTooLong() {
        assertTrue(assertThrows(LabException.class, () -> SimTime.parse("-5ms")).getMessage().contains("negative"));
        assertTrue(assertThrows(LabException.class, () -> SimTime.parse("5 parsecs")).getMessage().contains("150ms"));
        assertTrue(assertThrows(LabException.class, () -> SimTime.parse("0.5us")).getMessage().contains("1us"));
        assertTrue(assertThrows(LabException.class, () -> SimTime.parse("100000000s")).getMessage().contains("too long"));
    }

    @Test
    void signedAmountsReadAndPrintWithTheirSign() {
        assertEquals(-40_000, SimTime.parseSigned("-40ms"));
        assertEquals(1_000_000, SimTime.parseSigned("+1s"));
        assertEquals("+15ms", SimTime.formatSigned(15_000));
        assertEquals("-15ms", SimTime.formatSigned(-15_000));
        assertEquals("0ms", SimTime.formatSigned(0));
        assertTrue(assertThrows(LabException.class, () -> SimTime.parseSigned("-25h")).getMessage().contains("too long"));
        assertEquals(-2 * 86_400_000_000L, SimTime.parseSigned("-48h", SimTime.MAX_VALUE_MICROS));
    }
}
