// Session API for the booking widget that partner sites embed. The widget runs on the
// partner's page and calls this API with the visitor's session cookie, so the responses
// carry CORS headers; the preflight and the real requests share one helper.
import http from "node:http";
import { randomUUID } from "node:crypto";

interface Booking {
  id: string;
  userId: string;
  slot: string;
  seats: number;
}

export interface Store {
  userForSession(sid: string): Promise<string | undefined>;
  bookingsOf(userId: string): Promise<Booking[]>;
  addBooking(booking: Booking): Promise<void>;
}

const MAX_SEATS = 8;

function cookie(req: http.IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie ?? "";
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      return decodeURIComponent(part.slice(eq + 1).trim());
    }
  }
  return undefined;
}

function corsHeaders(req: http.IncomingMessage): http.OutgoingHttpHeaders {
  const origin = req.headers.origin;
  if (!origin) {
    return {};
  }
  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Credentials": "true",
    "Access-Control-Allow-Methods": "GET, POST",
    "Access-Control-Allow-Headers": "Content-Type",
    Vary: "Origin",
  };
}

function send(req: http.IncomingMessage, res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...corsHeaders(req), "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req: http.IncomingMessage, limit = 16 * 1024): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      throw new Error("body too large");
    }
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

async function currentUser(store: Store, req: http.IncomingMessage): Promise<string | undefined> {
  const sid = cookie(req, "sid");
  return sid === undefined ? undefined : store.userForSession(sid);
}

export const makeServer = (store: Store): http.Server => http.createServer(async (req, res) => {
  if (req.method === "OPTIONS") {
    res.writeHead(204, corsHeaders(req));
    res.end();
    return;
  }
  const user = await currentUser(store, req);
  if (user === undefined) {
    send(req, res, 401, { error: "not signed in" });
    return;
  }
  if (req.method === "GET" && req.url === "/api/bookings") {
    send(req, res, 200, await store.bookingsOf(user));
    return;
  }
  if (req.method === "POST" && req.url === "/api/bookings") {
    try {
      const body = (await readJson(req)) as { slot?: unknown; seats?: unknown };
      const seats = Number(body.seats);
      if (typeof body.slot !== "string" || !Number.isInteger(seats) || seats < 1 || seats > MAX_SEATS) {
        send(req, res, 400, { error: "slot and 1-8 seats required" });
        return;
      }
      const booking: Booking = { id: randomUUID(), userId: user, slot: body.slot, seats };
      await store.addBooking(booking);
      send(req, res, 201, booking);
    } catch {
      send(req, res, 400, { error: "bad request" });
    }
    return;
  }
  send(req, res, 404, { error: "not found" });
});
