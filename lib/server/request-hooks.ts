import http from "node:http";
import { PEER_HEADER, RAW_URL_HEADER } from "@/lib/http/client-address";

type Emit = http.Server["emit"];
const hooked = Symbol.for("toolmatch.requestHooks");

type Hook = (request: http.IncomingMessage, response: http.ServerResponse) => void;
/** May answer a request before Next does: `false` at once when it will not, or a promise of whether it did. */
type EarlyAnswer = (request: http.IncomingMessage, response: http.ServerResponse) => false | Promise<boolean>;

/**
 * Next 16 gives route handlers no socket address (it fills X-Forwarded-For
 * from the socket only when the client sent none), and it rebuilds the query
 * string. So before Next sees a request, the socket's address and the URL as
 * received are written on it in headers of our own (see PEER_HEADER and
 * RAW_URL_HEADER), `onRequest` sees it, and `answerEarly` may answer it
 * (lib/server/page-replay.ts) so Next never does. Installed once per process
 * from instrumentation.ts.
 */
export function installRequestHooks(onRequest: Hook = () => undefined, answerEarly: EarlyAnswer = () => false): void {
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
      const answering = answerEarly(request, response);
      if (answering) {
        const toNext = () => emit.apply(this, [event, ...args] as unknown as Parameters<Emit>);
        answering.then(
          (answered) => answered || toNext(),
          (error: unknown) => (response.headersSent ? response.destroy(error as Error) : toNext()),
        );
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<Emit>);
  } as Emit;
}
