package distlab.protocol.raft;

import distlab.engine.Session;
import java.util.List;

class PrintSchedule {
    public static void main(String[] a) {
        int steps = Integer.parseInt(a[1]);
        List<String> setup = a.length > 2 ? List.of(a[2]) : List.of();
        if (a[0].equals("stats")) {
            int bad = 0;
            for (long seed = 1; seed <= Integer.parseInt(a[3]); seed++) {
                FaultSchedule s = FaultSchedule.generate(seed, steps, setup);
                Session session = new Session(seed);
                for (String l : s.lines()) session.execute(l);
                for (int op = 1; op <= s.ops(); op++) session.execute("run 60s until op" + op + ".status != pending");
                String v = session.execute("show cluster.violation").output();
                if (!v.contains("= none")) { bad++; System.out.print(seed + " " + v); }
            }
            System.out.println("violations: " + bad);
            return;
        }
        System.out.print(FaultSchedule.generate(Long.parseLong(a[0]), steps, setup).script());
    }
}
