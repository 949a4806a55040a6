package distlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Rewinding, then going on, is exactly a fresh run of the surviving commands followed by the same
 * commands (docs/architecture.md, time travel): same output byte for byte, for every protocol, on
 * random sessions with crashes, cuts, loss and resets, with checkpoints every few events so that
 * replays start from checkpoints inside runs too.
 */
class RewindProperties {
    private static final List<String> MOVES = List.of("run 300ms", "run 1s", "step 5", "step", "advance 120ms", "crash n1", "restart n1",
            "crash n2", "restart n2", "loss 20", "loss 0", "cut n1 n2", "heal", "let x = now", "show now", "events --last 3", "reset", "spawn 3 PROTOCOL", "put x 1", "get x", "config run=400ms", "run");

    /** A session: the protocol, then rounds of commands each followed by a rewind (undo, an event or a time). */
    record Plan(String protocol, List<List<String>> rounds, List<Integer> rewinds, int every) {}

    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<String> protocol = Arbitraries.of(new ArrayList<>(Protocols.names()));
        Arbitrary<List<String>> round = Arbitraries.of(MOVES).list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<List<List<String>>> rounds = round.list().ofMinSize(2).ofMaxSize(4);
        Arbitrary<List<Integer>> rewinds = Arbitraries.integers().between(0, 1000).list().ofSize(4);
        Arbitrary<Integer> every = Arbitraries.of(3, 17, 20_000);
        return Combinators.combine(protocol, rounds, rewinds, every).as(Plan::new);
    }

    @Property(tries = 120)
    void rewindThenContinueEqualsAFreshRunOfTheSurvivingCommands(@ForAll("plans") Plan plan) {
        Session session = new Session(11);
        session.timeline().checkpointEvery(plan.every());
        run(session, List.of("spawn 3 " + plan.protocol(), "run 500ms"), plan.protocol());
        for (int r = 0; r < plan.rounds().size(); r++) {
            run(session, plan.rounds().get(r), plan.protocol());
            int pick = plan.rewinds().get(r);
            session.execute(rewindLine(session, pick));
            List<String> kept = session.timeline().lines();
            String going = run(session, plan.rounds().get((r + 1) % plan.rounds().size()), plan.protocol()) + views(session);

            Session fresh = new Session(11);
            for (String line : kept) fresh.execute(line);
            assertFalse(fresh.timeline().viewing());
            assertEquals(fresh.timeline().lines(), kept, "the fresh run records the same history");
            String expected = run(fresh, plan.rounds().get((r + 1) % plan.rounds().size()), plan.protocol()) + views(fresh);
            assertEquals(expected, going, plan.protocol() + ": going on after a rewind differs from a fresh run of " + kept);
        }
    }

    /** Undo, an event of the run so far, or a time of it; some ask for the future or bad words (refused, nothing changes). */
    private static String rewindLine(Session session, int pick) {
        int events = session.sim().trace().eventCount();
        long now = session.sim().now();
        return switch (pick % 4) {
            case 0 -> "rewind";
            case 1 -> events == 0 ? "rewind e1" : "rewind e" + (1 + pick % events);
            case 2 -> "rewind " + (now == 0 ? 0 : pick * 997L % (now + 1)) + "us";
            default -> pick % 8 == 3 ? "rewind e" + (events + 1 + pick) : "rewind e" + Math.max(1, events - pick % 7);
        };
    }

    private static String run(Session session, List<String> lines, String protocol) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            Result r = session.execute(line.replace("PROTOCOL", protocol));
            out.append("> ").append(line).append('\n').append(r.output()).append(r.failed() ? r.problem() + "\n" : "");
        }
        return out.toString();
    }

    private static String views(Session session) {
        return run(session, List.of("nodes", "events --all", "messages", "clocks", "show now"), "");
    }
}
