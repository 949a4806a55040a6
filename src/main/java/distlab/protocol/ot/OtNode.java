package distlab.protocol.ot;

import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.TimerTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One node of the central-server scheme (Jupiter, Nichols et al. 1995; the scheme Google Docs
 * uses): its copy of the text and one {@link JupiterLink} per link, a client's to the server
 * and the server's to each client. The server orders edits: it transforms each client's edit
 * against the edits that client had not seen, applies it, and forwards the result to every
 * other client as an edit of its own. A client applies its own edits at once and transforms
 * incoming ones against its edits still pending.
 *
 * <p>Jupiter assumes reliable, in-order links; the lab's network loses, duplicates and
 * reorders messages, so each end takes the other's edits in order of their numbers, holds
 * early ones back, acknowledges each, and resends its unacknowledged edits every
 * {@code resend} period. Stored on the node's disk: it survives a crash.
 */
final class OtNode {
    /** Resend the edits pending on the link to {@code peer}; printed {@code resend to n1}. */
    record Resend(NodeId peer) implements TimerTag {
        @Override public String toString() { return "resend to " + peer; }
    }

    private final boolean server;
    private final OtSettings settings;
    private final Map<NodeId, JupiterLink> links = new TreeMap<>();
    private String text = "";
    /** Edits applied untransformed although edits of this node they had not seen were pending. */
    private int asIs;

    OtNode(boolean server, OtSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    boolean isServer() { return server; }
    String text() { return text; }
    int asIs() { return asIs; }

    /** The link to {@code peer}, made on first use. */
    JupiterLink link(NodeId peer) {
        return links.computeIfAbsent(peer, JupiterLink::new);
    }

    /** The link to {@code peer}, or null before anything went over it. */
    JupiterLink existingLink(NodeId peer) {
        return links.get(peer);
    }

    /** The node's own edit: applied at once, then sent on every link (the server's: to every client). */
    void localEdit(Context ctx, TextOp op, List<NodeId> peers) {
        text = op.apply(text);
        for (NodeId peer : peers) send(ctx, link(peer), op);
    }

    private void send(Context ctx, JupiterLink link, TextOp op) {
        OtMessage.Edit edit = link.generate(op);
        ctx.send(link.peer, edit);
        armResend(ctx, link);
    }

    /** The server's clients or a client's server: every other server node, or n1. */
    static List<NodeId> peers(Context ctx, boolean server) {
        List<NodeId> all = ctx.servers();
        if (!server) return List.of(all.get(0));
        return all.subList(1, all.size());
    }

    void onMessage(Context ctx, NodeId from, OtMessage message) {
        JupiterLink link = link(from);
        if (message instanceof OtMessage.Ack ack) {
            link.ack(ack);
            stopResendingIfDone(ctx, link);
            return;
        }
        OtMessage.Edit edit = (OtMessage.Edit) message;
        if (edit.number() >= link.received) link.early.putIfAbsent(edit.number(), edit);
        boolean processed = false;
        while (!link.early.isEmpty() && link.early.firstKey() == link.received) {
            process(ctx, link, link.early.pollFirstEntry().getValue());
            processed = true;
        }
        if (processed) stopResendingIfDone(ctx, link);
        // An edit processed before (a resent or duplicated copy) is acknowledged again, so the sender stops.
        if (processed || edit.number() < link.received) ctx.send(from, new OtMessage.Ack(link.received, link.generated));
    }

    private static void stopResendingIfDone(Context ctx, JupiterLink link) {
        if (link.outgoing.isEmpty() && link.resendTimer != 0) {
            ctx.cancelTimer(link.resendTimer);
            link.resendTimer = 0;
        }
    }

    /** Jupiter's receive: transform, apply, and at the server forward to every other client. */
    private void process(Context ctx, JupiterLink link, OtMessage.Edit edit) {
        TextOp op;
        if (settings.transform()) {
            op = link.transformIncoming(edit);
            // A transformation that changed the edit is worth seeing in the event list.
            if (!op.describe().equals(edit.op().describe())) ctx.local("transform " + edit.op().describe() + " -> " + op.describe());
            text = op.apply(text);
        } else {
            List<String> concurrent = new ArrayList<>();
            for (JupiterLink.Pending p : link.outgoing) if (p.sent.number() >= edit.seen()) concurrent.add(p.current.describe());
            if (!concurrent.isEmpty()) {
                asIs++;
                ctx.local("as is " + edit.op().describe() + " (concurrent: " + String.join(", ", concurrent) + ")");
            }
            op = link.takeAsIs(edit);
            text = op.applyLoosely(text);
        }
        if (!server) return;
        for (NodeId peer : peers(ctx, true)) {
            if (!peer.equals(link.peer)) send(ctx, link(peer), op);
        }
    }

    void onTimer(Context ctx, Resend tag) {
        JupiterLink link = link(tag.peer());
        link.resendTimer = 0;
        if (link.outgoing.isEmpty()) return;
        for (JupiterLink.Pending p : link.outgoing) ctx.send(link.peer, p.sent);
        armResend(ctx, link);
    }

    /** After a restart: the timers died with the process, so every link with pending edits gets a new one. */
    void restarted(Context ctx) {
        for (JupiterLink link : links.values()) {
            link.resendTimer = 0;
            armResend(ctx, link);
        }
    }

    private void armResend(Context ctx, JupiterLink link) {
        if (settings.resendMicros() == 0 || link.resendTimer != 0 || link.outgoing.isEmpty()) return;
        link.resendTimer = ctx.setTimer(settings.resendMicros(), new Resend(link.peer));
    }

    /** The edits this node sent that are not acknowledged yet, on every link, as transformed so far. */
    List<String> pending() {
        List<String> out = new ArrayList<>();
        for (JupiterLink link : links.values()) {
            for (String step : link.pendingSteps()) out.add(server ? step + " to " + link.peer : step);
        }
        return out;
    }
}
