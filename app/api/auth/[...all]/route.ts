import { handleAuthRequest } from "@/lib/auth/handler";
import { PEER_HEADER } from "@/lib/http/client-address";

// The auth library's HTTP endpoints (sign-in, sign-out, session) behind the
// sign-in limits. The instance is made on the first request, so builds need
// neither database nor secret.
export async function GET(request: Request) {
  return handleAuthRequest(request, request.headers.get(PEER_HEADER));
}

export async function POST(request: Request) {
  return handleAuthRequest(request, request.headers.get(PEER_HEADER));
}
