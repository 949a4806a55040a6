package distlab.protocol.generals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import distlab.testing.Lab;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Lecture 2.1's impossibility, run: for every number of messengers K, delivering every messenger
 * but the last one (every copy of it, when messengers are resent) leaves one general attacking
 * and the other retreating; delivering them all makes both attack.
 */
class TwoGeneralsPropertiesTest {
    @Property(tries = 60)
    void droppingTheLastMessengerLeadsToDisagreementForEveryK(
            @ForAll @IntRange(min = 1, max = 20) int rounds,
            @ForAll boolean resend) {
        Lab lab = exchange(rounds, resend, true);
        assertEquals("false", lab.value("cluster.agree"));
        assertEquals("true", lab.value("cluster.valid"));
        // The sender of messenger K committed; the receiver never got it.
        String sender = rounds % 2 == 1 ? "n1" : "n2";
        assertEquals("attack", lab.value(sender + ".decision"));
    }

    @Property(tries = 40)
    void deliveringEveryMessengerMakesBothAttack(
            @ForAll @IntRange(min = 1, max = 20) int rounds,
            @ForAll boolean resend) {
        Lab lab = exchange(rounds, resend, false);
        assertEquals("true", lab.value("cluster.agree"));
        assertEquals("attack", lab.value("n1.decision"));
        assertEquals("attack", lab.value("n2.decision"));
    }

    /** Delivers messengers in flight one by one, dropping every copy of #K if asked, until dawn. */
    private static Lab exchange(int rounds, boolean resend, boolean dropLast) {
        Lab lab = Lab.create();
        lab.run("spawn 2 generals", "net manual", "config rounds=" + rounds + " dawn=10s" + (resend ? " resend=50ms" : ""));
        lab.run("decide n1 attack");
        int handled = 0;
        while (lab.value("n1.decision").equals("undecided") || lab.value("n2.decision").equals("undecided")) {
            int count = Integer.parseInt(lab.value("cluster.messages"));
            if (handled == count) {
                lab.run("advance 60ms");
                continue;
            }
            // Messages are answered at once, so each is handled in send order, once.
            handled++;
            boolean last = lab.value("m" + handled + ".payload").startsWith("#" + rounds + " ");
            lab.run((dropLast && last ? "drop m" : "deliver m") + handled);
        }
        lab.run("advance 10s");
        return lab;
    }
}
