package distlab.ui.repl;

import distlab.engine.Result;
import distlab.engine.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A minimal line REPL; the JLine one replaces it. */
public final class PlainRepl {
    private final Session session;
    private final PrintStream out;
    private final PrintStream err;

    public PlainRepl(Session session, PrintStream out, PrintStream err) {
        this.session = session;
        this.out = out;
        this.err = err;
    }

    public int run() {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        out.println("distlab: type help for commands, quit to leave");
        try {
            while (true) {
                out.print("lab> ");
                out.flush();
                String line = in.readLine();
                if (line == null) return 0;
                Result r = session.execute(line);
                out.print(r.output());
                if (r.failed()) out.println(r.problem());
                if (r.status() == Result.Status.QUIT) return 0;
            }
        } catch (IOException e) {
            err.println("lab: " + e.getMessage());
            return 1;
        }
    }
}
