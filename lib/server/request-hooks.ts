import http from "node:http";
import { PEER_HEADER, RAW_URL_HEADER } from "@/lib/http/client-address";

type Emit = http.Server["emit"];
const hooked = Symbol.for("toolmatch.requestHooks");

/**
 * Next 16 gives route handlers no socket address (it fills X-Forwarded-For
 * from the socket only when the client sent none), and it rebuilds the query
 * string. So before Next sees a request, the socket's address and the URL as
 * received are written on it in headers of our own (see PEER_HEADER and
 * RAW_URL_HEADER). Installed once per process from instrumentation.ts.
 */
export function installRequestHooks(onRequest: (request: http.IncomingMessage, response: http.ServerResponse) => void = () => undefined): void {
  const prototype = http.Server.prototype as http.Server & { [hooked]?: boolean };
  if (prototype[hooked]) return;
  prototype[hooked] = true;
  const emit: Emit = prototype.emit;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
      request.headers[RAW_URL_HEADER] = request.url ?? "";
      onRequest(request, response);
    }
    return emit.apply(this, [event, ...args] as Parameters<Emit>);
  } as Emit;
}
