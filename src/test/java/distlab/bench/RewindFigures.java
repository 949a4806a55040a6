package distlab.bench;

import distlab.engine.Session;
import distlab.engine.Timeline;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The figures docs/limits.md gives for time travel: checkpoints kept and their heap, and the
 * slowest of many rewinds to random events, at a million events (./bench.sh --rewind).
 */
public final class RewindFigures {
    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        for (String shape : new String[] {"commands", "oneRun"}) {
            long base = heapAfter(() -> { });
            Session[] without = new Session[1];
            long plain = heapAfter(() -> {
                Session s = new Session(1);
                s.timeline().checkpointEvery(Integer.MAX_VALUE);
                without[0] = RewindBench.fill(s, shape, events);
            }) - base;
            without[0] = null;
            Session[] with = new Session[1];
            long start = System.nanoTime();
            long full = heapAfter(() -> with[0] = RewindBench.fill(new Session(1), shape, events)) - base;
            long built = System.nanoTime() - start;
            Timeline t = with[0].timeline();
            int last = t.point(t.steps().size()).events();
            SplittableRandom random = new SplittableRandom(7);
            long worst = 0;
            long total = 0;
            int tries = 200;
            for (int i = 0; i < tries; i++) {
                int e = 1 + random.nextInt(last);
                long t0 = System.nanoTime();
                t.goTo(t.atEvent(e));
                long took = System.nanoTime() - t0;
                worst = Math.max(worst, took);
                total += took;
            }
            System.out.printf(Locale.ROOT, "%s: %d events, %d commands, built in %.1f s; %d checkpoints, %.1f MB (%.2f MB each); "
                            + "rewind to a random event: mean %.0f ms, slowest of %d %.0f ms%n",
                    shape, last, t.steps().size(), built / 1e9, t.checkpoints(), (full - plain) / 1e6, (full - plain) / 1e6 / t.checkpoints(),
                    total / 1e6 / tries, tries, worst / 1e6);
            with[0] = null;
        }
    }

    private static long heapAfter(Runnable work) {
        work.run();
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) System.gc();
        return r.totalMemory() - r.freeMemory();
    }
}
