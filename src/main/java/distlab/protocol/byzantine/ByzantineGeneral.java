package distlab.protocol.byzantine;

import distlab.protocol.byzantine.ByzMessage.Oral;
import distlab.protocol.byzantine.ByzMessage.Signed;
import distlab.protocol.byzantine.ByzantineSettings.Algorithm;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;
import distlab.sim.node.TimerTag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A general in "The Byzantine Generals Problem" (Lamport, Shostak and Pease 1982): the first
 * server is the commander, the others lieutenants. A loyal general follows OM(m) or SM(m) to
 * the letter; a traitor follows its {@link Strategy} wherever the algorithm has it send a value.
 * Lieutenants decide when the m + 1 rounds are over (the model is synchronous), so a message
 * that never came counts as the default, retreat.
 */
final class ByzantineGeneral implements Process {
    /** The end of the m + 1 rounds: decide. */
    enum Deadline implements TimerTag {
        DECIDE;

        @Override public String toString() { return "rounds over"; }
    }

    private final ByzantineSettings settings;
    private final Traitors traitors;
    /** OM: every value received, by path. */
    private final EigTree tree = new EigTree();
    /** SM: the set V of orders received with a valid signature chain. */
    private final Set<Order> accepted = new TreeSet<>();
    private Order decision;

    ByzantineGeneral(ByzantineSettings settings, Traitors traitors) {
        this.settings = settings;
        this.traitors = traitors;
    }

    Order decision() { return decision; }
    Set<Order> accepted() { return accepted; }
    EigTree tree() { return tree; }

    /** The order goes out at this time, so the rounds end at {@code at}: set the timer to decide then. */
    void armDeadline(Context ctx, long at) {
        ctx.setTimer(Math.max(0, at - ctx.now()), Deadline.DECIDE);
    }

    /** The commander sends its order to every lieutenant: OM(m) step 1, or SM(m) step 1 with its signature. */
    void order(Context ctx, Order order) {
        decision = order;
        ctx.local("order: " + order.word());
        NodeId self = ctx.self();
        List<NodeId> lieutenants = others(ctx, List.of(self));
        for (int i = 0; i < lieutenants.size(); i++) {
            Order v = valueFor(ctx, order, i);
            if (v == null) continue;
            Object message = settings.algorithm() == Algorithm.OM ? new Oral(v, List.of(self)) : new Signed(v, List.of(Keyring.sign(self, v, List.of())));
            ctx.send(lieutenants.get(i), message);
        }
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        if (decision != null || isCommander(ctx)) return;
        if (payload instanceof Oral oral) receiveOral(ctx, from, oral);
        else if (payload instanceof Signed signed) receiveSigned(ctx, from, signed);
    }

    /**
     * OM(m), step 2: a lieutenant that receives v along a path of k generals (k <= m) acts as the
     * commander of OM(m - k): it sends v to every general not on the path, adding itself to it.
     */
    private void receiveOral(Context ctx, NodeId from, Oral oral) {
        List<NodeId> path = oral.path();
        if (!wellFormed(ctx, from, path) || tree.has(path)) return;
        tree.put(path, oral.value());
        if (path.size() > settings.m()) return;
        List<NodeId> extended = EigTree.extend(path, ctx.self());
        List<NodeId> recipients = others(ctx, extended);
        for (int i = 0; i < recipients.size(); i++) {
            Order v = valueFor(ctx, oral.value(), i);
            if (v != null) ctx.send(recipients.get(i), new Oral(v, extended));
        }
    }

    /**
     * SM(m): a lieutenant that receives v:0:j1:...:jk with valid signatures and v not yet in V
     * adds v to V and, if k < m, signs it and sends v:0:j1:...:jk:i to every lieutenant not in the
     * chain. A traitor cannot sign for others: what it changes, it must forge, and that fails.
     */
    private void receiveSigned(Context ctx, NodeId from, Signed signed) {
        List<NodeId> signers = signed.signers();
        if (!wellFormed(ctx, from, signers)) return;
        NodeId forger = Keyring.badSigner(signed.value(), signed.chain());
        if (forger != null) {
            ctx.local("reject " + signed.value().word() + ": bad signature of " + forger);
            return;
        }
        if (!accepted.add(signed.value()) || signers.size() > settings.m()) return;
        List<NodeId> recipients = others(ctx, EigTree.extend(signers, ctx.self()));
        for (int i = 0; i < recipients.size(); i++) {
            Order v = valueFor(ctx, signed.value(), i);
            if (v != null) ctx.send(recipients.get(i), v == signed.value() ? countersign(ctx, signed) : forge(ctx, v, signed));
        }
    }

    private static Signed countersign(Context ctx, Signed signed) {
        List<Signature> chain = new ArrayList<>(signed.chain());
        chain.add(Keyring.sign(ctx.self(), signed.value(), signed.chain()));
        return new Signed(signed.value(), chain);
    }

    /** A traitor's attempt to pass on a value nobody signed: the signatures it copies no longer match. */
    private static Signed forge(Context ctx, Order value, Signed original) {
        List<Signature> chain = new ArrayList<>();
        for (Signature s : original.chain()) chain.add(Signature.forged(s.signer()));
        chain.add(Keyring.sign(ctx.self(), value, chain));
        return new Signed(value, chain);
    }

    @Override
    public void onTimer(Context ctx, TimerTag tag) {
        if (tag != Deadline.DECIDE || decision != null || isCommander(ctx)) return;
        if (settings.algorithm() == Algorithm.OM) {
            NodeId commander = ctx.servers().get(0);
            decision = tree.resolve(List.of(commander), ctx.self(), ctx.servers(), settings.m());
            ctx.local("decide " + decision.word() + " (majority of " + String.join(" ", topValues(ctx.self(), ctx.servers(), true)) + ")");
        } else {
            // The paper's choice(V): the one order in V, else retreat.
            decision = accepted.size() == 1 ? accepted.iterator().next() : Order.RETREAT;
            ctx.local("decide " + decision.word() + " (choice of V = " + setText() + ")");
        }
    }

    /**
     * OM: the values a lieutenant takes the majority of: the commander's, and what each other
     * lieutenant passed on (resolved one level down once decided; {@code -} while missing).
     */
    List<String> topValues(NodeId self, List<NodeId> generals, boolean resolved) {
        NodeId commander = generals.get(0);
        List<String> out = new ArrayList<>();
        Order direct = tree.get(List.of(commander));
        out.add(commander + "=" + (direct != null ? direct.word() : resolved ? "retreat" : "-"));
        for (NodeId j : generals) {
            if (j.equals(self) || j.equals(commander)) continue;
            List<NodeId> path = List.of(commander, j);
            Order v = resolved ? tree.resolve(path, self, generals, settings.m()) : tree.get(path);
            out.add(j + "=" + (v == null ? "-" : v.word()));
        }
        return out;
    }

    String setText() {
        List<String> words = accepted.stream().map(Order::word).toList();
        return "{" + String.join(",", words) + "}";
    }

    /** The value to send to recipient number {@code position}: the truth if loyal, else whatever the traitor chooses. */
    private Order valueFor(Context ctx, Order truth, int position) {
        Strategy s = traitors.of(ctx.self());
        return s == null ? truth : s.corrupt(truth, position, ctx.rng());
    }

    /** A path (or chain of signers) starts at the commander, ends at the sender, repeats nobody, avoids us, and is not too long. */
    private boolean wellFormed(Context ctx, NodeId from, List<NodeId> path) {
        if (path.isEmpty() || !path.get(0).equals(ctx.servers().get(0)) || !path.get(path.size() - 1).equals(from)) return false;
        if (path.contains(ctx.self()) || path.size() > settings.m() + 1) return false;
        return new HashSet<>(path).size() == path.size();
    }

    /** The generals not in {@code excluded}, in node order. */
    private static List<NodeId> others(Context ctx, List<NodeId> excluded) {
        List<NodeId> out = new ArrayList<>();
        for (NodeId n : ctx.servers()) if (!excluded.contains(n)) out.add(n);
        return out;
    }

    private static boolean isCommander(Context ctx) {
        return ctx.servers().get(0).equals(ctx.self());
    }
}
