package distlab.protocol.generals;

import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;
import distlab.sim.node.TimerTag;
import distlab.sim.snapshot.NotState;

/**
 * One of the two generals (lecture 2.1). General 1 chooses the plan and sends messenger #1;
 * whoever receives messenger #i answers with #i+1, until #K ({@code rounds}). A general commits
 * to the plan once it has received the last messenger addressed to it, so the sender of #K
 * commits without knowing whether #K arrives: lose it, and the other general never commits.
 * Dawn is fixed in advance and known to both; then a committed general carries out the plan
 * and any other retreats. So a lost last messenger means one attacks and one retreats, for any K.
 */
final class General implements Process {
    /** Dawn: the moment of the battle. */
    enum Dawn implements TimerTag {
        DAWN;

        @Override public String toString() { return "dawn"; }
    }

    /** Send messenger {@code number} again if its acknowledgement has not come. */
    record Resend(int number) implements TimerTag {
        @Override public String toString() { return "resend #" + number; }
    }

    private final GeneralMemory memory;
    private final GeneralsSettings settings;
    /** The kernel knows which timers are pending: their ids only tell how they were set (explore). */
    @NotState private long dawnTimer = -1;
    @NotState private long resendTimer = -1;

    General(GeneralMemory memory, GeneralsSettings settings) {
        this.memory = memory;
        this.settings = settings;
    }

    @Override
    public void onStart(Context ctx) {
        scheduleDawn(ctx);
        // A restarted general that still waits for an acknowledgement goes on resending.
        if (awaitsReply() && settings.resendMicros() > 0) resendTimer = ctx.setTimer(settings.resendMicros(), new Resend(memory.sent));
    }

    /** Sets the dawn timer at the configured dawn; a general restarted after dawn missed the battle. */
    void scheduleDawn(Context ctx) {
        ctx.cancelTimer(dawnTimer);
        if (memory.dawnPassed) return;
        long dawn = settings.dawnMicros();
        if (dawn > ctx.now()) dawnTimer = ctx.setTimer(dawn - ctx.now(), Dawn.DAWN);
        else atDawn(ctx, "missed dawn while down: ");
    }

    /** General 1 chooses the plan and sends messenger #1. */
    void decide(Context ctx, Plan plan) {
        memory.plan = plan;
        ctx.local("plan: " + plan.word() + " at dawn");
        send(ctx, 1);
        checkCommit(ctx);
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        if (!(payload instanceof Messenger m) || memory.dawnPassed) return;
        if (memory.plan == null) memory.plan = m.plan();
        memory.received = Math.max(memory.received, m.number());
        if (memory.received > memory.sent) ctx.cancelTimer(resendTimer);
        // Acknowledge it, a repeated messenger too: our earlier acknowledgement may have been captured.
        if (m.number() < settings.rounds()) send(ctx, m.number() + 1);
        checkCommit(ctx);
    }

    @Override
    public void onTimer(Context ctx, TimerTag tag) {
        if (tag == Dawn.DAWN) {
            atDawn(ctx, "dawn: ");
        } else if (tag instanceof Resend r && !memory.dawnPassed && memory.received < r.number() + 1 && settings.resendMicros() > 0) {
            send(ctx, r.number());
        }
    }

    private void send(Context ctx, int number) {
        memory.sent = Math.max(memory.sent, number);
        memory.messengers++;
        ctx.send(other(ctx), new Messenger(number, memory.plan, settings.dawnMicros()));
        ctx.cancelTimer(resendTimer);
        if (number < settings.rounds() && settings.resendMicros() > 0) resendTimer = ctx.setTimer(settings.resendMicros(), new Resend(number));
    }

    /** Commit once the last messenger addressed to this general has arrived (general 1 with K = 1 expects none). */
    private void checkCommit(Context ctx) {
        if (memory.decision != null || memory.plan == null || memory.received < lastAddressedToMe(ctx)) return;
        memory.decision = memory.plan;
        ctx.local("commit: " + memory.plan.word() + " at dawn");
    }

    private void atDawn(Context ctx, String why) {
        memory.dawnPassed = true;
        ctx.cancelTimer(resendTimer);
        if (memory.decision == null) {
            memory.decision = Plan.RETREAT;
            ctx.local(why + "retreat (not committed)");
        } else {
            ctx.local(why + memory.decision.word());
        }
    }

    /** The highest messenger number this general receives: general 1 gets the even ones, general 2 the odd ones. */
    private int lastAddressedToMe(Context ctx) {
        int k = settings.rounds();
        boolean first = isFirst(ctx);
        int last = k % 2 == 0 ? (first ? k : k - 1) : (first ? k - 1 : k);
        return Math.max(0, last);
    }

    private boolean awaitsReply() {
        return memory.sent > 0 && memory.sent < settings.rounds() && memory.received <= memory.sent && !memory.dawnPassed;
    }

    private static boolean isFirst(Context ctx) {
        return ctx.servers().get(0).equals(ctx.self());
    }

    private static NodeId other(Context ctx) {
        return ctx.servers().get(isFirst(ctx) ? 1 : 0);
    }
}
