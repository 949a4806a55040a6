package distlab.engine;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * A lecture-4.1-style exercise worked by hand: four nodes, nine messages delivered in a
 * chosen order. The expected stamps below were computed on paper from the rules
 * (Lamport: send/local t+1, receive max+1; vector: tick own entry, receive takes the max).
 */
class LogicalClockExerciseTest {
    @Test
    void fourNodesNineMessagesGiveTheHandComputedClocks() {
        Lab lab = Lab.create();
        lab.run("""
                spawn A B C D
                net manual
                send A B m1
                send B C m2
                deliver m1
                send B D m3
                deliver m2
                send C A m4
                deliver m3
                send D C m5
                deliver m4
                send A D m6
                deliver m5
                send C B m7
                deliver m6
                send D A m8
                deliver m7
                send B A m9
                deliver m9
                deliver m8""");
        String[][] expected = {
            {"e1", "1", "[1,0,0,0]"}, {"e2", "1", "[0,1,0,0]"}, {"e3", "2", "[1,2,0,0]"}, {"e4", "3", "[1,3,0,0]"},
            {"e5", "2", "[0,1,1,0]"}, {"e6", "3", "[0,1,2,0]"}, {"e7", "4", "[1,3,0,1]"}, {"e8", "5", "[1,3,0,2]"},
            {"e9", "4", "[2,1,2,0]"}, {"e10", "5", "[3,1,2,0]"}, {"e11", "6", "[1,3,3,2]"}, {"e12", "7", "[1,3,4,2]"},
            {"e13", "6", "[3,3,2,3]"}, {"e14", "7", "[3,3,2,4]"}, {"e15", "8", "[1,4,4,2]"}, {"e16", "9", "[1,5,4,2]"},
            {"e17", "10", "[4,5,4,2]"}, {"e18", "11", "[5,5,4,4]"},
        };
        for (String[] e : expected) {
            lab.assertValue(e[0] + ".lamport", e[1]);
            lab.assertValue(e[0] + ".vc", e[2]);
        }
        lab.assertValue("A.vc", "[5,5,4,4]");
        lab.assertValue("B.lamport", "9");
        lab.assertValue("C.vc", "[1,3,4,2]");
        lab.assertValue("D.lamport", "7");
        lab.run("expect e1 || e2", "expect e10 || e12", "expect e6 -> e10", "expect e8 -> e15",
                "expect not (e15 -> e8)", "expect e1 -> e18 and e18.node == A");
    }
}
