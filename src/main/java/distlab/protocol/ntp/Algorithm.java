package distlab.protocol.ntp;

import java.util.Locale;

/** How a client asks for the time ({@code config algorithm=ntp|cristian}, lecture 3.2). */
enum Algorithm {
    /** Four timestamps; the server's time in between is taken out of the round trip (RFC 5905). */
    NTP,
    /** One timestamp: the server's time, plus half the whole round trip (Cristian 1989). */
    CRISTIAN;

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
