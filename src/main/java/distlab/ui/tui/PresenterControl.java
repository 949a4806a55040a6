package distlab.ui.tui;

import distlab.protocol.Style;
import java.util.List;

/**
 * The presenter's keys: run the next step, skip it, go back one step, start again. Steps
 * run in order after whatever runs before them (a step pressed for during a run waits for
 * it, marked ⋯). Going back rebuilds the session in a fresh simulation with the same seed
 * from the steps before the pointer, so the state on the screen is the one that step saw.
 * GUI thread.
 */
final class PresenterControl {
    private final TuiState st;
    private final Controller controller;
    private final long seed;
    /** Enter at the end of the script asks once; the second Enter starts again. */
    private boolean restartAsked;

    PresenterControl(TuiState st, Controller controller, long seed) {
        this.st = st;
        this.controller = controller;
        this.seed = seed;
    }

    /** Enter or Space: the next step; at the end, the first press explains, the second starts again. */
    void next() {
        Presenter p = st.presenter;
        if (p == null) return;
        if (p.done()) {
            if (restartAsked) {
                restartAsked = false;
                goTo(0);
            } else {
                restartAsked = true;
                st.console.add("(end of the script: Enter again starts it from the top; < goes back one step)", Style.DIM);
            }
            return;
        }
        Presenter.Step step = p.current();
        int index = p.position();
        p.finish(controller.busy() ? Presenter.Outcome.QUEUED : Presenter.Outcome.RUNNING);
        controller.submit(step.command(), Controller.Source.SCRIPT, () -> p.mark(index, Presenter.Outcome.RUNNING), r -> {
            controller.show(r, step.file() + ":" + step.line() + ": ");
            p.mark(index, r.failed() ? Presenter.Outcome.FAILED : Presenter.Outcome.OK);
        });
    }

    /** > or F8: skip the next step. */
    void skip() {
        Presenter p = st.presenter;
        if (p == null || p.done()) return;
        st.console.add("(skipped " + p.current().command() + ")", Style.DIM);
        p.finish(Presenter.Outcome.SKIPPED);
    }

    /** <: back one step. */
    void back() {
        Presenter p = st.presenter;
        if (p == null) return;
        if (p.position() == 0) {
            st.console.add("(this is the first step)", Style.DIM);
            return;
        }
        goTo(p.position() - 1);
    }

    /** Rebuilds the session as it was before step {@code index} and points there. */
    private void goTo(int index) {
        Presenter p = st.presenter;
        if (controller.busy() || p.busy()) {
            st.console.add("(a step is still running: wait for it, or Esc stops it, then go back)", Style.WARN);
            return;
        }
        restartAsked = false;
        List<String> replay = p.ranBefore(index);
        p.rewind(index);
        st.linesInFlight++;
        String where = index == 0 ? "the top of the script" : "step " + (index + 1) + " of " + p.size();
        controller.onEngine(() -> {
            int failed = controller.runQuietly(prepend("seed " + seed, replay));
            controller.post(() -> {
                st.linesInFlight--;
                st.console.add("◀ back to " + where + ": a fresh session (seed " + seed + ")"
                        + (replay.isEmpty() ? "" : " rebuilt from the " + replay.size() + " step" + (replay.size() == 1 ? "" : "s") + " before it")
                        + (failed > 0 ? " (" + failed + " of them failed again)" : ""), Style.GOOD);
            });
        });
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> out = new java.util.ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }
}
