package distlab.bench;
import distlab.engine.Session;
public class TmpMeasure {
    public static void main(String[] a) {
        Session s = new Session(1);
        System.out.println(s.execute("spawn 5 raft").output());
        long t0 = System.nanoTime();
        for (int i = 0; s.sim().trace().eventCount() < 1_000_000; i++) {
            s.execute("run 60s");
        }
        System.out.printf("events %d now %d in %d ms%n", s.sim().trace().eventCount(), s.sim().now(), (System.nanoTime()-t0)/1000000);
        System.out.println("traceBytes " + s.sim().traceBytes());
        for (int k = 0; k < 3; k++) {
        long t1 = System.nanoTime();
        var cp = s.checkpoint();
        long t2 = System.nanoTime();
        s.restore(cp);
        long t3 = System.nanoTime();
        System.out.printf("checkpoint %d ms restore %d ms%n", (t2-t1)/1000000, (t3-t2)/1000000);
        }
        Runtime r = Runtime.getRuntime(); System.gc();
        long used0 = r.totalMemory()-r.freeMemory();
        var list = new java.util.ArrayList<Object>();
        for (int k = 0; k < 5; k++) list.add(s.checkpoint());
        System.gc();
        System.out.println("per checkpoint bytes " + ((r.totalMemory()-r.freeMemory()) - used0)/5);
        long t4 = System.nanoTime();
        int n = 0;
        while (n < 20000) n += s.sim().step(1);
        System.out.printf("20000 steps %d ms%n", (System.nanoTime()-t4)/1000000);
    }
}
