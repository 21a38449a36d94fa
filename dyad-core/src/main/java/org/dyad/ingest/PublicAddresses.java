package org.dyad.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.dyad.pipeline.BadInputException;

/**
 * Which hosts a server may fetch from on a user's behalf: only those whose every address is a public unicast one.
 * Refused: loopback ({@code 127.0.0.0/8}, {@code ::1}, "localhost"), private networks ({@code 10/8},
 * {@code 172.16/12}, {@code 192.168/16}, {@code fc00::/7}), link-local ({@code 169.254/16} with cloud metadata
 * services, {@code fe80::/10}), carrier-grade NAT ({@code 100.64/10}), "this network" ({@code 0/8}), multicast and
 * reserved ranges, and IPv4 addresses inside IPv6 ones. Guards {@code POST /api/feeds} against being used to reach
 * the server's own network (server-side request forgery). A name is resolved here and again by the HTTP client, so a
 * DNS server that answers differently the second time (rebinding) is not stopped; run the server where its network
 * holds nothing a fetch could harm, or fetch through a proxy that enforces the same rule. Stateless.
 */
public final class PublicAddresses {
    private PublicAddresses() {
    }

    /**
     * Checks {@code host}: returns normally when every address it resolves to is public.
     *
     * @throws BadInputException naming the host and the address refused, or saying it does not resolve
     */
    public static void check(String host) throws BadInputException {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new BadInputException("cannot resolve the host " + host);
        }
        for (InetAddress a : all) {
            if (!isPublic(a)) {
                throw new BadInputException("refused to fetch from " + host + " (" + a.getHostAddress()
                        + "): not a public address; the server fetches only from the public internet");
            }
        }
    }

    /** Whether {@code a} is a public unicast address. */
    public static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return isPublic4(b, 0);
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            boolean v4Inside = true; // ::a.b.c.d and ::ffff:a.b.c.d
            for (int i = 0; i < 10; i++) {
                v4Inside &= b[i] == 0;
            }
            if (v4Inside && (b[10] == 0 && b[11] == 0 || (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff)) {
                return isPublic4(b, 12);
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x02) {
                return isPublic4(b, 2); // 6to4 2002::/16 carries an IPv4 address
            }
            return first >= 0x20 && first <= 0x3f; // global unicast 2000::/3
        }
        return false;
    }

    private static boolean isPublic4(byte[] b, int at) {
        int x = b[at] & 0xff;
        int y = b[at + 1] & 0xff;
        return !(x == 0 || x == 10 || x == 127 || x >= 224
                || x == 100 && y >= 64 && y <= 127
                || x == 169 && y == 254
                || x == 172 && y >= 16 && y <= 31
                || x == 192 && y == 168
                || x == 192 && y == 0 && (b[at + 2] & 0xff) == 0
                || x == 198 && (y == 18 || y == 19));
    }
}
