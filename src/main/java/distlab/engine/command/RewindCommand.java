package distlab.engine.command;

import static distlab.protocol.command.WordKind.EVENT_OR_TIME;

import distlab.engine.Timeline;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.SimTime;

/**
 * {@code rewind [EVENT|TIME]}: back to just after an event or to a virtual time, or (alone) undo
 * the last command. What came after is discarded; going on from there repeats the same ids and
 * random draws as if it had never happened (docs/architecture.md, time travel).
 */
final class RewindCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("rewind").synopsis("rewind [EVENT|TIME]")
            .describe("Go back to just after EVENT (e57) or to virtual time TIME (1.5s), even inside an earlier run;",
                    "alone, undo the last command. What came after is discarded; going on repeats the same ids and draws.")
            .word("EVENT|TIME", EVENT_OR_TIME, Arity.OPTIONAL)
            .example("rewind e57", "rewind 1.5s", "rewind")
            .replacesSession()
            .body(new RewindCommand());

    @Override
    void run(Invocation in) {
        Timeline timeline = in.session().timeline();
        timeline.commit();
        String word = in.word("EVENT|TIME");
        int before = timeline.stepCount();
        Timeline.Target target;
        if (word == null) {
            target = timeline.undo();
        } else if (word.matches("e\\d{1,9}")) {
            target = timeline.atEvent(Integer.parseInt(word.substring(1)));
        } else if (word.matches("e.*")) {
            throw new LabException("'" + WordParser.cut(word) + "' is not an event id (events are e1, e2, ...)");
        } else {
            target = timeline.atTime(Args.duration(word));
        }
        timeline.goTo(target);
        timeline.commit();
        int discarded = before - target.point();
        Timeline.Point at = timeline.present();
        boolean sameStep = word != null && word.startsWith("e") && at.events() > Integer.parseInt(word.substring(1));
        in.println("rewound to " + (at.events() == 0 ? "the start" : "e" + at.events()) + " at " + SimTime.format(at.now())
                + (sameStep ? " (" + word + " and what its step did)" : "")
                + " (" + (discarded == 1 ? "1 command" : discarded + " commands") + " discarded"
                + (target.cut() != null ? "; the run cut short is kept as: " + timeline.lines().get(timeline.lines().size() - 1) : "") + ")");
    }
}
